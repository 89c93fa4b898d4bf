using MetaReview.Statistics.Analysis;

namespace MetaReview.Review.Synthesis;

/// <summary>The outcome's analysis without one study (with the outcome's own method: IV, MH or Peto).</summary>
/// <param name="Omitted">The label of the study left out.</param>
/// <param name="Analysis">The analysis of the others.</param>
public sealed record LeaveOneOutRow(string Omitted, AnalysisResult Analysis);
