using System.Collections.Concurrent;
using MetaReview.Records.Internal;

namespace MetaReview.Records.Deduplication;

/// <summary>
/// A record's fields in comparison form, computed once per record: folded title, first-author surname
/// and journal words, year, volume and first page as numbers where they have them.
/// </summary>
internal sealed class MatchKey
{
    private static readonly HashSet<string> JournalStopWords = ["the", "of", "and", "in", "for", "on", "und", "de", "la", "le", "des", "du"];

    /// <param name="record">The record.</param>
    /// <param name="journals">Journal words already computed in this run, by journal name (journals repeat across records).</param>
    public MatchKey(Record record, ConcurrentDictionary<string, string[]> journals)
    {
        Title = ComparisonText.Fold(record.Title);
        TitleTokens = Title.Length == 0 ? [] : Title.Split(' ');
        Author = ComparisonText.Letters(record.FirstAuthorSurname);
        Journal = record.Journal is null ? [] : journals.GetOrAdd(record.Journal, JournalWords);
        JournalKey = string.Join(' ', Journal);
        Year = record.Year;
        Volume = NumberOrText(record.Volume);
        StartPage = StartPageOf(record.Pages);
    }

    /// <summary>Folded title ("" when the record has none).</summary>
    public string Title { get; }

    public string[] TitleTokens { get; }

    /// <summary>First author's surname, letters only, folded ("" when unknown).</summary>
    public string Author { get; }

    /// <summary>Journal words without stop words, folded.</summary>
    public string[] Journal { get; }

    /// <summary>The journal words joined by spaces.</summary>
    public string JournalKey { get; }

    public int? Year { get; }

    /// <summary>The volume's leading number ("1262 CCIS" → "1262"), or its folded text when it has none.</summary>
    public string? Volume { get; }

    /// <summary>The first page's number ("e0006219" → "6219", "454-81" → "454"), or null ("No-Specified").</summary>
    public string? StartPage { get; }

    private static string[] JournalWords(string journal) =>
        [.. ComparisonText.Fold(journal).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !JournalStopWords.Contains(w))];

    private static string? NumberOrText(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var number = Identifiers.LeadingNumber(value);
        if (number is not null)
        {
            return number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var folded = ComparisonText.Letters(value);
        return folded.Length == 0 ? null : folded;
    }

    private static string? StartPageOf(string? pages)
    {
        if (string.IsNullOrWhiteSpace(pages))
        {
            return null;
        }

        var start = pages.Split('-', '–')[0];
        var number = Identifiers.LeadingNumber(start);
        return number?.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
