using System.Collections.Immutable;

namespace MetaReview.Records.Import;

/// <summary>
/// Which column of a CSV file or worksheet holds which field. Columns are named as in the header row
/// (compared ignoring case and surrounding spaces). Built-in mappings cover Scopus, Embase and IEEE Xplore
/// exports; <see cref="Detect"/> picks one from a header, or matches common column names.
/// </summary>
public sealed record ColumnMapping
{
    /// <summary>A name for messages, e.g. "Scopus CSV".</summary>
    public string Name { get; init; } = "custom";

    /// <summary>The title column (required).</summary>
    public string? Title { get; init; }

    /// <summary>The abstract column.</summary>
    public string? Abstract { get; init; }

    /// <summary>The authors column (several authors in one cell, see <see cref="AuthorList"/>).</summary>
    public string? Authors { get; init; }

    /// <summary>How the authors cell separates names.</summary>
    public AuthorListStyle AuthorList { get; init; } = AuthorListStyle.Semicolon;

    /// <summary>Whether names are written given names first ("P. Kogge"), to be turned into "Kogge, P.".</summary>
    public bool AuthorsGivenNamesFirst { get; init; }

    /// <summary>The year (or date) column.</summary>
    public string? Year { get; init; }

    /// <summary>The journal (source title) column.</summary>
    public string? Journal { get; init; }

    /// <summary>The volume column.</summary>
    public string? Volume { get; init; }

    /// <summary>The issue column.</summary>
    public string? Issue { get; init; }

    /// <summary>A page-range column ("349-69").</summary>
    public string? Pages { get; init; }

    /// <summary>A first-page column.</summary>
    public string? StartPage { get; init; }

    /// <summary>A last-page column.</summary>
    public string? EndPage { get; init; }

    /// <summary>An article-number column, used as pages when there are none.</summary>
    public string? ArticleNumber { get; init; }

    /// <summary>Keyword columns.</summary>
    public ImmutableArray<string> Keywords { get; init; } = [];

    /// <summary>What separates keywords within a cell: semicolons by default; Embase uses commas.</summary>
    public char KeywordSeparator { get; init; } = ';';

    /// <summary>The DOI column.</summary>
    public string? Doi { get; init; }

    /// <summary>The PubMed ID column.</summary>
    public string? Pmid { get; init; }

    /// <summary>The PubMed Central ID column.</summary>
    public string? Pmcid { get; init; }

    /// <summary>The Web of Science accession number column.</summary>
    public string? WosUt { get; init; }

    /// <summary>The Scopus EID column.</summary>
    public string? ScopusEid { get; init; }

    /// <summary>The document type column.</summary>
    public string? Type { get; init; }

    /// <summary>The language column.</summary>
    public string? Language { get; init; }

    /// <summary>Link columns, searched for identifiers (DOI, PMID, EID) the other columns lack.</summary>
    public ImmutableArray<string> Urls { get; init; } = [];

    /// <summary>
    /// A column holding a compact citation in Embase's style, "Cancer (2004) 102:4 (253-258)", read for
    /// journal, year, volume, issue and pages.
    /// </summary>
    public string? Citation { get; init; }

    /// <summary>The database every row comes from, when the export is of one database (Scopus, Embase).</summary>
    public string? Database { get; init; }

    /// <summary>Scopus CSV export (Authors, Title, Year, Source title, … EID).</summary>
    public static ColumnMapping Scopus { get; } = new()
    {
        Name = "Scopus CSV",
        Title = "Title",
        Abstract = "Abstract",
        Authors = "Authors",
        AuthorList = AuthorListStyle.SemicolonOrComma,
        Year = "Year",
        Journal = "Source title",
        Volume = "Volume",
        Issue = "Issue",
        StartPage = "Page start",
        EndPage = "Page end",
        ArticleNumber = "Art. No.",
        Keywords = ["Author Keywords", "Index Keywords"],
        Doi = "DOI",
        Pmid = "PubMed ID",
        ScopusEid = "EID",
        Type = "Document Type",
        Language = "Language of Original Document",
        Urls = ["Link"],
        Database = "Scopus",
    };

    /// <summary>Embase (embase.com) CSV export (Title, Author Names, Source, Abstract, Emtree terms, Open URL Link).</summary>
    public static ColumnMapping Embase { get; } = new()
    {
        Name = "Embase CSV",
        Title = "Title",
        Abstract = "Abstract",
        Authors = "Author Names",
        AuthorList = AuthorListStyle.SemicolonOrComma,
        Citation = "Source",
        Keywords = ["keywords", "Emtree Medical Index Terms"],
        KeywordSeparator = ',',
        Doi = "DOI",
        Pmid = "Medline PMID",
        Urls = ["Open URL Link"],
        Database = "Embase",
    };

    /// <summary>IEEE Xplore CSV export (Document Title, Authors, Publication Title, …).</summary>
    public static ColumnMapping IeeeXplore { get; } = new()
    {
        Name = "IEEE Xplore CSV",
        Title = "Document Title",
        Abstract = "Abstract",
        Authors = "Authors",
        AuthorsGivenNamesFirst = true,
        Year = "Publication Year",
        Journal = "Publication Title",
        Volume = "Volume",
        Issue = "Issue",
        StartPage = "Start Page",
        EndPage = "End Page",
        Keywords = ["Author Keywords"],
        Doi = "DOI",
        Type = "Document Identifier",
        Urls = ["PDF Link"],
        Database = "IEEE Xplore",
    };

    /// <summary>
    /// The mapping for a header row: a built-in one when the header is a Scopus, Embase or IEEE Xplore
    /// export, otherwise one matching common column names ("Title", "Authors", "Year", "Journal", "DOI",
    /// "PMID"…); <see langword="null"/> when no column can be matched to the title.
    /// </summary>
    public static ColumnMapping? Detect(IReadOnlyList<string> header)
    {
        var names = new HashSet<string>(header.Select(h => h.Trim()), StringComparer.OrdinalIgnoreCase);
        if (names.Contains("EID") && names.Contains("Source title"))
        {
            return Scopus;
        }

        if (names.Contains("Author Names") && names.Contains("Source") && names.Contains("Title"))
        {
            return Embase;
        }

        if (names.Contains("Document Title") && names.Contains("Publication Title"))
        {
            return IeeeXplore;
        }

        return Internal.ColumnNames.Generic(header);
    }
}
