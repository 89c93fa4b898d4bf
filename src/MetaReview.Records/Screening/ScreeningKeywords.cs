using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MetaReview.Records.Screening.Internal;

namespace MetaReview.Records.Screening;

/// <summary>
/// Words to highlight while screening, read from <c>DIR/screening/keywords.txt</c>:
/// <code>
/// # lines starting with # are comments
/// include: ace inhibitor*, enalapril, randomi*ed
/// exclude: rat, mice, in vitro
/// </code>
/// Matching ignores case and takes whole words; <c>*</c> stands for any letters or digits (so <c>randomi*ed</c>
/// finds "randomised" and "randomized"); words separated by spaces match across any white space.
/// </summary>
public sealed record ScreeningKeywords
{
    /// <summary>No keywords.</summary>
    public static ScreeningKeywords None { get; } = new() { Include = [], Exclude = [] };

    /// <summary>Include keywords as written.</summary>
    public required ImmutableArray<string> Include { get; init; }

    /// <summary>Exclude keywords as written.</summary>
    public required ImmutableArray<string> Exclude { get; init; }

    private Regex? IncludePattern { get; init; }

    private Regex? ExcludePattern { get; init; }

    /// <summary>Reads a keywords file; a missing file gives <see cref="None"/>.</summary>
    /// <returns>The keywords, and problems (<c>file:line: message</c>) for lines that are neither comments nor lists.</returns>
    public static (ScreeningKeywords Keywords, ImmutableArray<string> Problems) Read(string path)
    {
        if (!File.Exists(path))
        {
            return (None, []);
        }

        return Parse(File.ReadAllText(path), Path.GetFileName(path));
    }

    /// <summary>Parses the text of a keywords file.</summary>
    public static (ScreeningKeywords Keywords, ImmutableArray<string> Problems) Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var include = new List<string>();
        var exclude = new List<string>();
        var problems = ImmutableArray.CreateBuilder<string>();
        foreach (var (number, line) in SettingLines.Read(text))
        {
            var (label, value) = SettingLines.Split(line);
            var target = label switch
            {
                "include" => include,
                "exclude" => exclude,
                _ => null,
            };
            if (target is null)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{fileName}:{number}: expected 'include: word, word…' or 'exclude: word, word…', got '{Shorten(line)}'"));
                continue;
            }

            target.AddRange(value.Split(',').Select(w => w.Trim()).Where(w => w.Trim('*').Length > 0));
        }

        return (Create(include, exclude), problems.ToImmutable());
    }

    /// <summary>Keywords from two lists.</summary>
    public static ScreeningKeywords Create(IEnumerable<string> include, IEnumerable<string> exclude)
    {
        var inc = include.Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableArray();
        var exc = exclude.Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableArray();
        return new ScreeningKeywords { Include = inc, Exclude = exc, IncludePattern = Pattern(inc), ExcludePattern = Pattern(exc) };
    }

    /// <summary>The keywords found in a text, in order; where an include and an exclude keyword overlap, the earlier (then longer) wins.</summary>
    public ImmutableArray<Highlight> Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var found = new List<Highlight>();
        foreach (var (pattern, kind) in new[] { (IncludePattern, HighlightKind.Include), (ExcludePattern, HighlightKind.Exclude) })
        {
            if (pattern is null)
            {
                continue;
            }

            foreach (Match m in pattern.Matches(text))
            {
                found.Add(new Highlight(m.Index, m.Length, kind));
            }
        }

        var ordered = found.OrderBy(h => h.Start).ThenByDescending(h => h.Length).ToList();
        var result = ImmutableArray.CreateBuilder<Highlight>();
        var end = 0;
        foreach (var h in ordered)
        {
            if (h.Start >= end)
            {
                result.Add(h);
                end = h.Start + h.Length;
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Include keyword hits minus exclude keyword hits in a record's title, abstract and keywords: the order used before a model can be trained.</summary>
    public int Score(Record record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var text = string.Join(" \n ", new[] { record.Title, record.Abstract, string.Join("; ", record.Keywords) }.Where(t => !string.IsNullOrEmpty(t)));
        var score = 0;
        foreach (var h in Find(text))
        {
            score += h.Kind == HighlightKind.Include ? 1 : -1;
        }

        return score;
    }

    private static Regex? Pattern(ImmutableArray<string> words)
    {
        if (words.IsEmpty)
        {
            return null;
        }

        var alternatives = words.OrderByDescending(w => w.Length).Select(w =>
        {
            var pattern = new StringBuilder();
            foreach (var part in w.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (pattern.Length > 0)
                {
                    pattern.Append(@"[\s\-]+");
                }

                pattern.Append(string.Join(@"[\p{L}\p{N}]*", part.Split('*').Select(Regex.Escape)));
            }

            return pattern.ToString();
        });
        return new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join("|", alternatives) + @")(?![\p{L}\p{N}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..57] + "...";
}
