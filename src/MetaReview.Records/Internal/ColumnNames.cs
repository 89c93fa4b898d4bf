using System.Collections.Immutable;
using MetaReview.Records.Import;

namespace MetaReview.Records.Internal;

/// <summary>Matches a header row's column names to fields by the names exports and people commonly use.</summary>
internal static class ColumnNames
{
    // Keys are compared after lower-casing and dropping everything but letters and digits.
    private static readonly string[] TitleColumns = ["title", "documenttitle", "articletitle", "primarytitle", "ti", "t1"];
    private static readonly string[] AbstractColumns = ["abstract", "ab", "abstractnote", "summary"];
    private static readonly string[] AuthorColumns = ["authors", "author", "authornames", "au", "creators", "creator"];
    private static readonly string[] YearColumns = ["year", "publicationyear", "pubyear", "py", "yr", "date", "publicationdate"];
    private static readonly string[] JournalColumns = ["journal", "journaltitle", "sourcetitle", "publicationtitle", "secondarytitle", "so", "jo", "jf", "t2"];
    private static readonly string[] VolumeColumns = ["volume", "vol", "vl"];
    private static readonly string[] IssueColumns = ["issue", "number", "no", "is"];
    private static readonly string[] PageColumns = ["pages", "pagination", "pg", "page"];
    private static readonly string[] StartPageColumns = ["startpage", "pagestart", "firstpage", "bp", "sp"];
    private static readonly string[] EndPageColumns = ["endpage", "pageend", "lastpage", "ep"];
    private static readonly string[] KeywordColumns = ["keywords", "authorkeywords", "indexkeywords", "kw", "de", "meshterms", "mesh"];
    private static readonly string[] DoiColumns = ["doi", "di", "do"];
    private static readonly string[] PmidColumns = ["pmid", "pubmedid", "pubmed", "medlinepmid"];
    private static readonly string[] PmcidColumns = ["pmcid", "pmc"];
    private static readonly string[] WosColumns = ["ut", "utuniquewosid", "wosid", "accessionnumber"];
    private static readonly string[] EidColumns = ["eid", "scopuseid"];
    private static readonly string[] TypeColumns = ["type", "documenttype", "publicationtype", "itemtype", "dt"];
    private static readonly string[] LanguageColumns = ["language", "languageoforiginaldocument", "la"];
    private static readonly string[] UrlColumns = ["url", "link", "ur"];

    /// <summary>A mapping from common names, or <see langword="null"/> when no column matches the title.</summary>
    public static ColumnMapping? Generic(IReadOnlyList<string> header)
    {
        var title = Find(header, TitleColumns);
        if (title is null)
        {
            return null;
        }

        return new ColumnMapping
        {
            Name = "generic CSV (columns matched by name)",
            Title = title,
            Abstract = Find(header, AbstractColumns),
            Authors = Find(header, AuthorColumns),
            Year = Find(header, YearColumns),
            Journal = Find(header, JournalColumns),
            Volume = Find(header, VolumeColumns),
            Issue = Find(header, IssueColumns),
            Pages = Find(header, PageColumns),
            StartPage = Find(header, StartPageColumns),
            EndPage = Find(header, EndPageColumns),
            Keywords = FindAll(header, KeywordColumns),
            Doi = Find(header, DoiColumns),
            Pmid = Find(header, PmidColumns),
            Pmcid = Find(header, PmcidColumns),
            WosUt = Find(header, WosColumns),
            ScopusEid = Find(header, EidColumns),
            Type = Find(header, TypeColumns),
            Language = Find(header, LanguageColumns),
            Urls = FindAll(header, UrlColumns),
        };
    }

    /// <summary>A column name reduced to lower-case letters and digits: "PubMed ID" → "pubmedid".</summary>
    public static string Key(string name) =>
        new([.. name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    private static string? Find(IReadOnlyList<string> header, string[] names)
    {
        foreach (var name in names)
        {
            foreach (var column in header)
            {
                if (Key(column) == name)
                {
                    return column.Trim();
                }
            }
        }

        return null;
    }

    private static ImmutableArray<string> FindAll(IReadOnlyList<string> header, string[] names) =>
        [.. header.Where(h => names.Contains(Key(h))).Select(h => h.Trim())];
}
