using System.Net;
using System.Text;

namespace MetaReview.Records.Internal;

/// <summary>
/// Comparison keys for titles, names and journals: HTML and XML tags removed, entities decoded, accents
/// folded (<c>Lüscher</c> → <c>luscher</c>), Greek letters spelled (<c>α</c> → <c>alpha</c>, as other
/// exports write them), "&amp;" read as "and", case folded, everything but letters and digits turned into
/// single spaces.
/// </summary>
internal static class ComparisonText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (text.Contains('&', StringComparison.Ordinal))
        {
            text = WebUtility.HtmlDecode(text);
        }

        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        var inTag = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '<' && LooksLikeTag(text, i))
            {
                inTag = true;
                continue;
            }

            if (inTag)
            {
                inTag = c != '>';
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                pendingSpace = false;
                if (GreekName(c) is { } name)
                {
                    sb.Append(name);
                }
                else
                {
                    LatinDiacritics.AppendFolded(sb, c);
                }
            }
            else if (c == '&')
            {
                sb.Append(sb.Length > 0 ? " and" : "and");
                pendingSpace = true;
            }
            else if (!LatinDiacritics.IsCombiningMark(c))
            {
                pendingSpace = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>Letters only, folded: "Pinto-Gouveia" → "pintogouveia", "O'Callaghan" → "ocallaghan".</summary>
    public static string Letters(string? text)
    {
        var folded = Fold(text);
        return folded.Contains(' ', StringComparison.Ordinal) ? folded.Replace(" ", "", StringComparison.Ordinal) : folded;
    }

    /// <summary>"&lt;i&gt;", "&lt;/sup&gt;", "&lt;br/&gt;": a tag, not a less-than sign in text ("p &lt; 0.05").</summary>
    private static bool LooksLikeTag(string text, int i)
    {
        var j = i + 1;
        if (j < text.Length && text[j] == '/')
        {
            j++;
        }

        var start = j;
        while (j < text.Length && char.IsAsciiLetter(text[j]))
        {
            j++;
        }

        return j > start && j - start <= 10 && j < text.Length && (text[j] == '>' || text[j] == ' ' || text[j] == '/');
    }

    private static string? GreekName(char c) => c switch
    {
        'α' or 'Α' => "alpha",
        'β' or 'Β' => "beta",
        'γ' or 'Γ' => "gamma",
        'δ' or 'Δ' => "delta",
        'ε' or 'Ε' => "epsilon",
        'κ' or 'Κ' => "kappa",
        'λ' or 'Λ' => "lambda",
        'μ' or 'Μ' or 'µ' => "mu",
        'ω' or 'Ω' => "omega",
        _ => null,
    };
}
