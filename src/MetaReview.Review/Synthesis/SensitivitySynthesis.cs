using System.Collections.Immutable;
using MetaReview.Review.Project;
using MetaReview.Statistics.Analysis;

namespace MetaReview.Review.Synthesis;

/// <summary>A planned sensitivity analysis and its result (or why it could not be run).</summary>
/// <param name="Plan">The analysis as planned in the review file.</param>
/// <param name="Analysis">The result, or <see langword="null"/> when no study was left or the analysis failed.</param>
/// <param name="Omitted">Labels of the studies the analysis left out.</param>
/// <param name="Problem">Why there is no result, or <see langword="null"/>.</param>
/// <param name="LeaveOneOut">For a leave-one-out analysis, the analysis without each study in turn (empty otherwise).</param>
public sealed record SensitivitySynthesis(
    SensitivityAnalysis Plan,
    AnalysisResult? Analysis,
    ImmutableArray<string> Omitted,
    string? Problem,
    ImmutableArray<LeaveOneOutRow> LeaveOneOut);
