namespace MetaReview.Review.RevMan.Conversion;

/// <summary>What RevMan stored for one study in one outcome, kept with the study's id in the project.</summary>
/// <param name="Study">The study's id in the review file.</param>
/// <param name="Name">RevMan's name for the study.</param>
/// <param name="Subgroup">The subgroup the row is in, or null.</param>
/// <param name="Result">RevMan's estimate, CI, SE and weight (ratio measures on the ratio scale).</param>
public sealed record RevManStoredStudy(string Study, string Name, string? Subgroup, RevManStudyResult Result);
