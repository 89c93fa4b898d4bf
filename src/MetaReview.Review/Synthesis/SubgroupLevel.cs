using MetaReview.Statistics.Analysis;

namespace MetaReview.Review.Synthesis;

/// <summary>One level of a subgroup variable (e.g. exercise type = aerobic) and the analysis of its studies.</summary>
/// <param name="Value">The characteristic's value.</param>
/// <param name="Analysis">The outcome's analysis restricted to the studies with this value.</param>
public sealed record SubgroupLevel(string Value, AnalysisResult Analysis);
