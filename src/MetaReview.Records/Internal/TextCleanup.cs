using System.Text;

namespace MetaReview.Records.Internal;

/// <summary>Whitespace handling shared by the readers.</summary>
internal static class TextCleanup
{
    /// <summary>
    /// Runs of white space (spaces, tabs, line breaks) become one space; ends trimmed; empty becomes null;
    /// letters with combining accents are composed ("u\u0308" → "ü", as macOS-made files write them).
    /// </summary>
    public static string? Collapse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = Compose(text);

        var needsWork = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((char.IsWhiteSpace(c) && (c != ' ' || (i > 0 && text[i - 1] == ' '))) || (i == 0 && c == ' '))
            {
                needsWork = true;
                break;
            }
        }

        if (!needsWork)
        {
            return text[^1] == ' ' ? text.TrimEnd() : text;
        }

        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.Length == 0 ? null : sb.ToString();
    }

    /// <summary>Letters followed by combining marks become precomposed letters where Unicode has one.</summary>
    public static string Compose(string text)
    {
        var first = -1;
        for (var i = 1; i < text.Length; i++)
        {
            if (LatinDiacritics.IsCombiningMark(text[i]))
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (LatinDiacritics.IsCombiningMark(c) && sb.Length > 0 && LatinDiacritics.Compose(sb[^1], c) is { } composed)
            {
                sb[^1] = composed;
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Splits a list written in one value ("a; b; c") and trims the items; empty items are dropped.</summary>
    public static IEnumerable<string> SplitList(string text, params char[] separators) =>
        text.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Collapse)
            .OfType<string>();
}
