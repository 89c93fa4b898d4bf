using System.Collections.Immutable;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.MetaRegression;

namespace MetaReview.Reporting.Results;

/// <summary>
/// A meta-regression as <c>metareview analyze --mods FORMULA</c> reports it: the fitted model, the tests of chosen
/// coefficients (<c>--btt</c>), predictions (<c>--predict</c>) and the permutation test (<c>--permutations</c>).
/// </summary>
/// <param name="Model">The fitted model.</param>
/// <param name="Measure">The effect measure, for back-transformed predictions.</param>
public sealed record MetaRegressionOutput(MetaRegressionResult Model, EffectMeasure Measure)
{
    /// <summary>Studies left out of the model (a missing moderator value), each with a located reason.</summary>
    public ImmutableArray<StudyNote> Excluded { get; init; } = [];

    /// <summary>Omnibus tests of chosen coefficients, in the order asked for (metafor <c>anova(res, btt=)</c>).</summary>
    public ImmutableArray<ModeratorTest> Tests { get; init; } = [];

    /// <summary>Predicted effects at given moderator values, in the order asked for.</summary>
    public ImmutableArray<PredictionAt> Predictions { get; init; } = [];

    /// <summary>The permutation test of the moderators, or <see langword="null"/>.</summary>
    public PermutationTestResult? Permutation { get; init; }
}
