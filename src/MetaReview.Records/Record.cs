using System.Collections.Immutable;

namespace MetaReview.Records;

/// <summary>
/// One bibliographic record as a search database exported it: what it describes (title, authors, journal…),
/// every identifier it carries and where it came from (file, line, database), so that PRISMA counts per
/// database and de-duplication can trace each record back to its export.
/// </summary>
/// <remarks>
/// Values are kept as the source wrote them, with only what is needed to read them: continuation lines
/// joined, LaTeX and XML markup decoded, identifiers put in one canonical form (DOI lower-case without a
/// resolver prefix, PMCID with its <c>PMC</c> prefix, WoS accession numbers as <c>WOS:</c> + 15 digits).
/// Comparison keys (accent-free, lower-case titles…) are built by de-duplication, not stored here.
/// </remarks>
public sealed record Record
{
    /// <summary>Article title (for books and reports, the title of the work).</summary>
    public string? Title { get; init; }

    /// <summary>Abstract; paragraphs and wrapped lines joined by single spaces.</summary>
    public string? Abstract { get; init; }

    /// <summary>Authors in source order, as "Surname, Given names" where the source says which part is which.</summary>
    public ImmutableArray<string> Authors { get; init; } = [];

    /// <summary>Year of publication, or <see langword="null"/> when the record gives none.</summary>
    public int? Year { get; init; }

    /// <summary>Journal (or conference, book) in which the work appeared.</summary>
    public string? Journal { get; init; }

    /// <summary>Volume.</summary>
    public string? Volume { get; init; }

    /// <summary>Issue (number).</summary>
    public string? Issue { get; init; }

    /// <summary>Pages as "start-end" (or the article number when there are no pages).</summary>
    public string? Pages { get; init; }

    /// <summary>Keywords and subject headings (author keywords, MeSH, Emtree, Keywords Plus).</summary>
    public ImmutableArray<string> Keywords { get; init; } = [];

    /// <summary>DOI, lower-case, without a resolver prefix, e.g. <c>10.1002/cpp.2398</c>.</summary>
    public string? Doi { get; init; }

    /// <summary>PubMed identifier (digits only).</summary>
    public string? Pmid { get; init; }

    /// <summary>PubMed Central identifier, e.g. <c>PMC4513071</c>.</summary>
    public string? Pmcid { get; init; }

    /// <summary>Web of Science accession number, e.g. <c>WOS:000424022700066</c>.</summary>
    public string? WosUt { get; init; }

    /// <summary>Scopus EID, e.g. <c>2-s2.0-85074596690</c>.</summary>
    public string? ScopusEid { get; init; }

    /// <summary>Kind of publication.</summary>
    public RecordType Type { get; init; }

    /// <summary>Language as the source names it ("English", "eng").</summary>
    public string? Language { get; init; }

    /// <summary>The file the record was read from, as the caller named it.</summary>
    public required string SourceFile { get; init; }

    /// <summary>
    /// The database searched (PubMed, Embase, Scopus, Web of Science…): given by the caller, or recognised
    /// from the record (a <c>DB</c> tag, a database URL); <see langword="null"/> when neither says.
    /// </summary>
    public string? SourceDatabase { get; init; }

    /// <summary>The line (1-based) on which the record starts in <see cref="SourceFile"/>; for spreadsheets, the row.</summary>
    public required int SourceLine { get; init; }

    /// <summary>The format the record was read in.</summary>
    public RecordFormat SourceFormat { get; init; }

    /// <summary>A key unique within one import, stable across runs: <c>file:line</c>. Review decisions refer to records by it.</summary>
    public string Key => $"{SourceFile}:{SourceLine}";

    /// <summary>Surname of the first author, or <see langword="null"/> when there are no authors.</summary>
    public string? FirstAuthorSurname => Authors.IsDefaultOrEmpty ? null : Internal.AuthorNames.Surname(Authors[0]);

    /// <summary>"Surname Year" for messages, e.g. "Trindade 2019".</summary>
    public string ShortLabel => $"{FirstAuthorSurname ?? "(no author)"} {Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "n.d."}";
}
