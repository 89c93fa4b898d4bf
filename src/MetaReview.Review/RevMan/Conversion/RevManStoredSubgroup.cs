namespace MetaReview.Review.RevMan.Conversion;

/// <summary>A subgroup of an imported outcome with RevMan's stored results.</summary>
/// <param name="Number">RevMan's subgroup number.</param>
/// <param name="Name">The subgroup's name: the value of the outcome's subgroup characteristic in the review file.</param>
/// <param name="Results">RevMan's results for the subgroup, or null when none were stored.</param>
public sealed record RevManStoredSubgroup(int Number, string Name, RevManResults? Results);
