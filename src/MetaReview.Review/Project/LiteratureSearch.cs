namespace MetaReview.Review.Project;

/// <summary>One search of one source (PRISMA 2020 items 6–7, PRISMA-S): where, when, how, and what it found.</summary>
/// <param name="Database">The database or source, e.g. "PubMed", "CENTRAL", "ClinicalTrials.gov".</param>
/// <param name="Platform">The interface, e.g. "Ovid", or <see langword="null"/>.</param>
/// <param name="Date">The date the search was run: YYYY-MM-DD, YYYY-MM or YYYY.</param>
/// <param name="Strategy">The full search strategy as run, or <see langword="null"/>.</param>
/// <param name="Records">The number of records found, or <see langword="null"/> when only a record file is given.</param>
/// <param name="RecordFile">The exported records (RIS, MEDLINE, ...), relative to the project folder, or <see langword="null"/>.</param>
/// <param name="Notes">Anything else (limits, language filters, ...), or <see langword="null"/>.</param>
/// <param name="Location">Where the search is described.</param>
public sealed record LiteratureSearch(
    string Database,
    string? Platform,
    string Date,
    string? Strategy,
    int? Records,
    string? RecordFile,
    string? Notes,
    ReviewLocation Location);
