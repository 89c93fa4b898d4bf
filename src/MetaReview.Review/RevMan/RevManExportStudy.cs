using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.RevMan;

/// <summary>One study's data for <see cref="RevManExport"/>.</summary>
/// <param name="Input">The study's label and data: <see cref="BinaryArms"/>, <see cref="ContinuousArms"/> or <see cref="GenericData"/>.</param>
/// <param name="Year">The study's year, when known.</param>
/// <param name="Subgroup">The subgroup the study belongs to in this analysis, or null.</param>
/// <param name="Footnotes">Footnotes, or null.</param>
public sealed record RevManExportStudy(StudyInput Input, string? Year = null, string? Subgroup = null, string? Footnotes = null);
