using System.Collections.Immutable;
using MetaReview.Statistics.MetaRegression;

namespace MetaReview.Review.Synthesis;

/// <summary>A planned meta-regression of an outcome and its result (or why it could not be fitted).</summary>
/// <param name="Formula">The moderators as planned, e.g. <c>latitude + factor(allocation)</c>.</param>
/// <param name="Result">The fitted model, or <see langword="null"/> (see <paramref name="Problem"/>).</param>
/// <param name="Studies">The labels of the studies in the model, in its row order.</param>
/// <param name="Omitted">Labels of studies left out because a moderator has no value for them.</param>
/// <param name="Problem">Why there is no result, or <see langword="null"/>.</param>
public sealed record MetaRegressionSynthesis(
    ModeratorFormula Formula,
    MetaRegressionResult? Result,
    ImmutableArray<string> Studies,
    ImmutableArray<string> Omitted,
    string? Problem);
