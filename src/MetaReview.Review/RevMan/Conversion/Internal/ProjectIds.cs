using System.Globalization;
using System.Text;

namespace MetaReview.Review.RevMan.Conversion.Internal;

/// <summary>
/// Makes review-file ids from RevMan's names: lower case ASCII letters and digits, other characters as one
/// <c>_</c> (Latin letters with diacritics lose them: "Müller 2001" → <c>muller_2001</c>), unique by a suffix
/// <c>_2</c>, <c>_3</c>… (review-file ids: letters, digits, <c>_</c>, <c>-</c>, <c>.</c>, starting with a letter or digit).
/// </summary>
internal sealed class ProjectIds(string fallback)
{
    // Latin letters with diacritics and ligatures, spelled in ASCII (a table, because the build runs with invariant
    // globalization, where Unicode decomposition is not available).
    private static readonly Dictionary<char, string> Latin = new[]
    {
        ("a", "àáâãäåāăą"), ("ae", "æ"), ("c", "çćĉċč"), ("d", "ďđð"), ("e", "èéêëēĕėęě"), ("g", "ĝğġģ"), ("h", "ĥħ"),
        ("i", "ìíîïĩīĭįı"), ("j", "ĵ"), ("k", "ķ"), ("l", "ĺļľŀł"), ("n", "ñńņňŉ"), ("o", "òóôõöøōŏő"), ("oe", "œ"),
        ("r", "ŕŗř"), ("s", "śŝşš"), ("ss", "ß"), ("t", "ţťŧ"), ("th", "þ"), ("u", "ùúûüũūŭůűų"), ("w", "ŵ"),
        ("y", "ýÿŷ"), ("z", "źżž"),
    }.SelectMany(p => p.Item2.Select(c => (c, p.Item1))).ToDictionary(p => p.c, p => p.Item2);

    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public string Make(string name)
    {
        var id = Slug(name);
        if (id.Length == 0)
        {
            id = fallback;
        }

        var unique = id;
        for (var n = 2; !_used.Add(unique); n++)
        {
            unique = string.Create(CultureInfo.InvariantCulture, $"{id}_{n}");
        }

        return unique;
    }

    public static string Slug(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var original in name)
        {
            var c = char.ToLowerInvariant(original);
            if (Latin.TryGetValue(c, out var ascii))
            {
                sb.Append(ascii);
            }
            else if (char.IsAsciiLetterOrDigit(c) || (c is '-' or '.' && sb.Length > 0))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '_')
            {
                sb.Append('_');
            }
        }

        return sb.ToString().TrimEnd('_', '-', '.');
    }
}
