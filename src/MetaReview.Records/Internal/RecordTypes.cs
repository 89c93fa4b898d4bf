using System.Collections.Frozen;

namespace MetaReview.Records.Internal;

/// <summary>Maps each format's type codes and names to <see cref="RecordType"/>.</summary>
internal static class RecordTypes
{
    // RIS reference types (RIS specification, Research Information Systems 2011).
    private static readonly FrozenDictionary<string, RecordType> RisCodes = new Dictionary<string, RecordType>(StringComparer.OrdinalIgnoreCase)
    {
        ["JOUR"] = RecordType.JournalArticle,
        ["JFULL"] = RecordType.JournalArticle,
        ["EJOUR"] = RecordType.JournalArticle,
        ["MGZN"] = RecordType.JournalArticle,
        ["INPR"] = RecordType.JournalArticle,
        ["CONF"] = RecordType.ConferencePaper,
        ["CPAPER"] = RecordType.ConferencePaper,
        ["ABST"] = RecordType.ConferencePaper,
        ["BOOK"] = RecordType.Book,
        ["EBOOK"] = RecordType.Book,
        ["EDBOOK"] = RecordType.Book,
        ["CHAP"] = RecordType.BookChapter,
        ["ECHAP"] = RecordType.BookChapter,
        ["THES"] = RecordType.Thesis,
        ["RPRT"] = RecordType.Report,
        ["GOVDOC"] = RecordType.Report,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>A RIS <c>TY</c> code ("JOUR") or, failing that, a type name ("Journal Article").</summary>
    public static RecordType FromRis(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return RecordType.Unknown;
        }

        return RisCodes.TryGetValue(code.Trim(), out var type) ? type : FromName(code);
    }

    /// <summary>A type name in words: "Journal Article", "Conference Abstract", "inproceedings", "PhD thesis".</summary>
    public static RecordType FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return RecordType.Unknown;
        }

        var n = name.Trim().ToLowerInvariant();
        return n switch
        {
            _ when n.Contains("preprint", StringComparison.Ordinal) => RecordType.Preprint,
            _ when n.Contains("conference", StringComparison.Ordinal) || n.Contains("proceeding", StringComparison.Ordinal)
                || n.Contains("meeting", StringComparison.Ordinal) || n == "conf" => RecordType.ConferencePaper,
            _ when n.Contains("chapter", StringComparison.Ordinal) || n.Contains("section", StringComparison.Ordinal)
                || n is "incollection" or "inbook" => RecordType.BookChapter,
            _ when n.Contains("thesis", StringComparison.Ordinal) || n.Contains("dissertation", StringComparison.Ordinal) => RecordType.Thesis,
            _ when n.Contains("report", StringComparison.Ordinal) => RecordType.Report,
            _ when n.Contains("journal", StringComparison.Ordinal) || n.Contains("article", StringComparison.Ordinal)
                || n.Contains("review", StringComparison.Ordinal) || n.Contains("letter", StringComparison.Ordinal)
                || n.Contains("editorial", StringComparison.Ordinal) || n.Contains("magazine", StringComparison.Ordinal) => RecordType.JournalArticle,
            _ when n.Contains("book", StringComparison.Ordinal) => RecordType.Book,
            _ => RecordType.Other,
        };
    }
}
