namespace MetaReview.Statistics.EffectSizes;

/// <summary>Something done to, or noticed about, one study's data (a continuity correction, an exclusion).</summary>
/// <param name="Study">The study label.</param>
/// <param name="Message">A plain sentence, e.g. "0.5 added to each cell (zero cell)".</param>
public sealed record StudyNote(string Study, string Message);
