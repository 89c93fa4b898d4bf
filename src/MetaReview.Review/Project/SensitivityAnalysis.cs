using System.Collections.Immutable;
using MetaReview.Statistics.Analysis;

namespace MetaReview.Review.Project;

/// <summary>
/// A planned sensitivity analysis of an outcome (Cochrane Handbook §10.14): which studies to leave out and
/// which settings to change. The settings are the outcome's own with the changes merged in.
/// </summary>
/// <param name="Name">The name printed in the report, e.g. "Fixed-effect model" or "Without Zucchi 2019".</param>
/// <param name="Kind">What it changes.</param>
/// <param name="Settings">The analysis settings to use: the outcome's, with this analysis's changes.</param>
/// <param name="ExcludedStudies">For <see cref="SensitivityKind.ExcludeStudies"/>, the ids of the studies left out; otherwise empty.</param>
/// <param name="Location">Where it is planned in the review file.</param>
public sealed record SensitivityAnalysis(string Name, SensitivityKind Kind, AnalysisSettings Settings, ImmutableArray<string> ExcludedStudies, ReviewLocation Location);
