using System.Collections.Immutable;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.MetaRegression;

namespace MetaReview.Review.Project;

/// <summary>How an outcome is to be analysed, as planned in the protocol.</summary>
/// <param name="Settings">
/// The settings given (the review's defaults with the outcome's own over them; <see cref="AnalysisSettings.Measure"/>
/// is the outcome's measure); anything not given comes from the preset.
/// </param>
/// <param name="Options">The full options the engine will use: <see cref="Settings"/> resolved over its preset.</param>
/// <param name="Subgroups">The ids of the study characteristics to form subgroups by, in the order given.</param>
/// <param name="Sensitivity">The planned sensitivity analyses.</param>
public sealed record AnalysisPlan(AnalysisSettings Settings, AnalysisOptions Options, ImmutableArray<string> Subgroups, ImmutableArray<SensitivityAnalysis> Sensitivity)
{
    /// <summary>
    /// The planned meta-regressions, each a formula over the review's characteristics (e.g. <c>latitude</c>, or
    /// <c>latitude + factor(allocation)</c>), fitted with the outcome's tau² estimator and test.
    /// </summary>
    public ImmutableArray<ModeratorFormula> MetaRegression { get; init; } = [];
}
