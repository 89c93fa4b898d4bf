using System.Text;

namespace MetaReview.Reporting.Drawing;

/// <summary>
/// What of a string can be shown: control characters become spaces and unpaired surrogates the
/// replacement character, so that every renderer can write it (XML forbids most control characters)
/// and the measurer measures what is drawn.
/// </summary>
internal static class DisplayText
{
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsCleaning(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
            {
                sb.Append('\uFFFD');
            }
            else if (char.IsControl(c))
            {
                sb.Append(' ');
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
            {
                return true;
            }
        }

        return false;
    }
}
