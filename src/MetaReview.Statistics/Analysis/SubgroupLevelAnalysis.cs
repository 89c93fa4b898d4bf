namespace MetaReview.Statistics.Analysis;

/// <summary>One subgroup (a level of the subgroup variable) and the analysis of its studies.</summary>
/// <param name="Name">The subgroup label, e.g. <c>random</c>.</param>
/// <param name="Analysis">
/// The subgroup's analysis with the main analysis's settings: its effect sizes (with <see cref="EffectSizes.StudyEffects.InputIndices"/>
/// into the studies given to <see cref="SubgroupMetaAnalysis.Run"/>), its pooled model and notes.
/// </param>
public sealed record SubgroupLevelAnalysis(string Name, AnalysisResult Analysis);
