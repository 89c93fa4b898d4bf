using System.Globalization;
using System.Text;

namespace MetaReview.Review.RevMan.Conversion.Internal;

/// <summary>
/// Makes review-file ids from RevMan's names: lower case ASCII letters and digits, other characters as one
/// <c>_</c> (letters with diacritics lose them: "Müller 2001" → <c>muller_2001</c>), unique by a suffix
/// <c>_2</c>, <c>_3</c>… (review-file ids: letters, digits, <c>_</c>, <c>-</c>, <c>.</c>, starting with a letter or digit).
/// </summary>
internal sealed class ProjectIds(string fallback)
{
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
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c) || (c is '-' or '.' && sb.Length > 0))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0 && sb[^1] != '_')
            {
                sb.Append('_');
            }
        }

        return sb.ToString().TrimEnd('_', '-', '.');
    }
}
