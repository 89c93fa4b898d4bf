using System.Globalization;
using MetaReview.Records.Screening.Internal;

namespace MetaReview.Records.Screening;

/// <summary>
/// Writes records as RIS (for reference managers) or CSV (for spreadsheets), e.g. the records included by
/// screening (<see cref="ScreeningState.Included"/>). Every identifier is kept; the record's key in the review
/// folder (<c>file:line</c>) goes in the RIS note (<c>N1</c>) and the CSV's first column.
/// </summary>
public static class RecordExport
{
    /// <summary>The CSV columns, in order.</summary>
    public static IReadOnlyList<string> CsvColumns { get; } =
        ["key", "title", "authors", "year", "journal", "volume", "issue", "pages", "doi", "pmid", "pmcid", "wos_ut", "scopus_eid", "databases", "study", "abstract", "keywords"];

    /// <summary>Writes records as RIS, one <c>TY … ER</c> block each, with LF line ends.</summary>
    public static void WriteRis(TextWriter writer, IEnumerable<ScreeningRecord> records)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(records);
        foreach (var item in records)
        {
            var r = item.Record;
            Tag(writer, "TY", RisType(r.Type));
            Tag(writer, "TI", r.Title);
            foreach (var author in r.Authors)
            {
                Tag(writer, "AU", author);
            }

            Tag(writer, "PY", r.Year?.ToString(CultureInfo.InvariantCulture));
            Tag(writer, "T2", r.Journal);
            Tag(writer, "VL", r.Volume);
            Tag(writer, "IS", r.Issue);
            var (start, end) = SplitPages(r.Pages);
            Tag(writer, "SP", start);
            Tag(writer, "EP", end);
            Tag(writer, "AB", r.Abstract);
            foreach (var keyword in r.Keywords)
            {
                Tag(writer, "KW", keyword);
            }

            Tag(writer, "DO", r.Doi);
            Tag(writer, "AN", r.WosUt);
            Tag(writer, "LA", r.Language);
            Tag(writer, "DB", item.Databases.IsDefaultOrEmpty ? null : string.Join("; ", item.Databases));
            var ids = new[] { ("PMID", r.Pmid), ("PMCID", r.Pmcid), ("Scopus EID", r.ScopusEid), ("MetaReview key", item.Key) }
                .Where(p => p.Item2 is not null).Select(p => $"{p.Item1}: {p.Item2}");
            Tag(writer, "N1", string.Join("; ", ids));
            writer.Write("ER  - \n\n");
        }
    }

    /// <summary>Writes records as CSV with the header <see cref="CsvColumns"/>.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="records">The records.</param>
    /// <param name="study">The study each record belongs to (full-text inclusions), or null.</param>
    public static void WriteCsv(TextWriter writer, IEnumerable<ScreeningRecord> records, Func<ScreeningRecord, string?>? study = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(records);
        CsvText.Row(writer, CsvColumns);
        foreach (var item in records)
        {
            var r = item.Record;
            CsvText.Row(writer,
                item.Key, r.Title, string.Join("; ", r.Authors), r.Year?.ToString(CultureInfo.InvariantCulture), r.Journal, r.Volume, r.Issue, r.Pages,
                r.Doi, r.Pmid, r.Pmcid, r.WosUt, r.ScopusEid, string.Join("; ", item.Databases), study?.Invoke(item), r.Abstract, string.Join("; ", r.Keywords));
        }
    }

    private static void Tag(TextWriter writer, string tag, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        // RIS values are single lines.
        writer.Write(tag);
        writer.Write("  - ");
        writer.Write(value.ReplaceLineEndings(" "));
        writer.Write('\n');
    }

    private static (string? Start, string? End) SplitPages(string? pages)
    {
        if (string.IsNullOrWhiteSpace(pages))
        {
            return (null, null);
        }

        var dash = pages.IndexOf('-', StringComparison.Ordinal);
        return dash <= 0 ? (pages, null) : (pages[..dash].Trim(), pages[(dash + 1)..].Trim());
    }

    private static string RisType(RecordType type) => type switch
    {
        RecordType.ConferencePaper => "CONF",
        RecordType.Book => "BOOK",
        RecordType.BookChapter => "CHAP",
        RecordType.Thesis => "THES",
        RecordType.Report => "RPRT",
        RecordType.Preprint => "UNPB",
        RecordType.Other => "GEN",
        _ => "JOUR",
    };
}
