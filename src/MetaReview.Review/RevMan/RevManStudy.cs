namespace MetaReview.Review.RevMan;

/// <summary>A study of the review.</summary>
/// <param name="Id">RevMan's identifier (rm5 <c>ID</c>, e.g. "STD-ISIS_x002d_2"); the study name in formats without identifiers.</param>
/// <param name="Name">The name RevMan shows, e.g. "ISIS-2".</param>
/// <param name="Year">The year, as text, when given.</param>
/// <param name="Status">Included, excluded, awaiting classification or ongoing.</param>
/// <param name="DataSource">RevMan's data source code (e.g. "PUB" published, "UNPUB", "MIXED"), when given.</param>
public sealed record RevManStudy(string Id, string Name, string? Year, RevManStudyStatus Status, string? DataSource = null);
