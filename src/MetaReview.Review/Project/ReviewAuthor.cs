namespace MetaReview.Review.Project;

/// <summary>An author of the review.</summary>
/// <param name="Name">The name as it should be printed, e.g. "Ana Lima".</param>
/// <param name="Affiliation">The affiliation, or <see langword="null"/>.</param>
/// <param name="Orcid">The ORCID iD (0000-0000-0000-0000), or <see langword="null"/>.</param>
public sealed record ReviewAuthor(string Name, string? Affiliation = null, string? Orcid = null);
