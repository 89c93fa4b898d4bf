namespace MetaReview.Statistics.EffectSizes;

/// <summary>A study's label with the data it contributes to one analysis.</summary>
/// <param name="Study">The study label, e.g. "Aronson 1948".</param>
/// <param name="Data">The study's data.</param>
public sealed record StudyInput(string Study, StudyData Data);
