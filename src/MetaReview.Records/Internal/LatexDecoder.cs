using System.Collections.Frozen;
using System.Text;

namespace MetaReview.Records.Internal;

/// <summary>
/// Turns the LaTeX in BibTeX values into plain Unicode text: accents (<c>\"{o}</c>, <c>{\"o}</c>,
/// <c>\'e</c>, <c>\c{c}</c>), special letters (<c>\aa</c>, <c>\o</c>, <c>\ss</c>, <c>\l</c>), escaped
/// characters (<c>\&amp;</c>, <c>\%</c>), font commands (<c>\textit{…}</c> keeps its text), dashes
/// (<c>--</c>, <c>---</c>), ties (<c>~</c>) and protective braces. Accented letters are written precomposed
/// (<c>\"{u}</c> → U+00FC) so that they equal the same name typed in other exports.
/// </summary>
internal static class LatexDecoder
{
    // Accent commands and the Unicode combining mark each stands for.
    private static readonly FrozenDictionary<char, char> Accents = new (char Command, char Mark)[]
    {
        ('"', '\u0308'), ('\'', '\u0301'), ('`', '\u0300'), ('^', '\u0302'), ('~', '\u0303'), ('=', '\u0304'),
        ('.', '\u0307'), ('u', '\u0306'), ('v', '\u030C'), ('H', '\u030B'), ('c', '\u0327'), ('k', '\u0328'),
        ('r', '\u030A'), ('d', '\u0323'), ('b', '\u0331'),
    }.ToFrozenDictionary(a => a.Command, a => a.Mark);

    private static readonly FrozenDictionary<string, string> Letters = new (string Command, string Text)[]
    {
        ("aa", "å"), ("AA", "Å"), ("o", "ø"), ("O", "Ø"), ("ae", "æ"), ("AE", "Æ"), ("oe", "œ"), ("OE", "Œ"),
        ("ss", "ß"), ("l", "ł"), ("L", "Ł"), ("i", "ı"), ("j", "ȷ"), ("dh", "ð"), ("DH", "Ð"), ("th", "þ"), ("TH", "Þ"),
        ("textendash", "–"), ("textemdash", "—"), ("textquoteright", "’"), ("textquoteleft", "‘"), ("ldots", "…"),
        ("dots", "…"), ("textregistered", "®"), ("texttrademark", "™"), ("copyright", "©"), ("alpha", "α"),
        ("beta", "β"), ("gamma", "γ"), ("delta", "δ"), ("kappa", "κ"), ("mu", "μ"), ("pm", "±"),
    }.ToFrozenDictionary(l => l.Command, l => l.Text, StringComparer.Ordinal);

    public static string Decode(string value)
    {
        if (value.IndexOfAny(['\\', '{', '}', '~', '-', '$']) < 0)
        {
            return value;
        }

        var sb = new StringBuilder(value.Length);
        var i = 0;
        while (i < value.Length)
        {
            var c = value[i];
            switch (c)
            {
                case '\\':
                    i = Command(value, i + 1, sb);
                    continue;
                case '{' or '}' or '$':
                    break;
                case '~':
                    sb.Append(' ');
                    break;
                case '-' when i + 2 < value.Length && value[i + 1] == '-' && value[i + 2] == '-':
                    sb.Append('—');
                    i += 3;
                    continue;
                case '-' when i + 1 < value.Length && value[i + 1] == '-':
                    sb.Append('–');
                    i += 2;
                    continue;
                default:
                    sb.Append(c);
                    break;
            }

            i++;
        }

        return sb.ToString();
    }

    /// <summary>Decodes the command starting after a backslash at <paramref name="i"/>; returns where reading goes on.</summary>
    private static int Command(string s, int i, StringBuilder sb)
    {
        if (i >= s.Length)
        {
            return i;
        }

        var c = s[i];
        // A letter accent (\c, \v, \u…) is followed by a non-letter ("\c{c}", "\v s"); otherwise it begins a longer command (\cite, \url).
        if (Accents.TryGetValue(c, out var mark) && (!char.IsLetter(c) || i + 1 >= s.Length || !char.IsLetter(s[i + 1])))
        {
            // \"o, \"{o}, \c{c}, \c c, \'{\i}
            var j = i + 1;
            if (char.IsLetter(c))
            {
                while (j < s.Length && s[j] == ' ')
                {
                    j++;
                }
            }

            string letter;
            if (j < s.Length && s[j] == '{')
            {
                var close = s.IndexOf('}', j);
                close = close < 0 ? s.Length : close;
                letter = s[(j + 1)..close];
                j = Math.Min(close + 1, s.Length);
            }
            else
            {
                letter = j < s.Length ? s[j].ToString() : "";
                j = Math.Min(j + 1, s.Length);
            }

            letter = letter.Trim() switch { "\\i" => "i", "\\j" => "j", var l => l };
            if (letter.Length == 0)
            {
                return j;
            }

            if (LatinDiacritics.Compose(letter[0], mark) is { } composed)
            {
                sb.Append(composed);
            }
            else
            {
                sb.Append(letter[0]).Append(mark);
            }

            sb.Append(letter.AsSpan(1));
            return j;
        }

        if (!char.IsLetter(c))
        {
            // \&, \%, \$, \_, \#, \{, \}, "\ " and other escaped symbols stand for themselves.
            sb.Append(c == ' ' ? ' ' : c);
            return i + 1;
        }

        var end = i;
        while (end < s.Length && char.IsLetter(s[end]))
        {
            end++;
        }

        var name = s[i..end];
        if (Letters.TryGetValue(name, out var text))
        {
            sb.Append(text);
            // A command name ends at the first non-letter; a following space only separates it.
            return end < s.Length && s[end] == ' ' ? end + 1 : end;
        }

        // Font and other commands (\textit{…}, \emph{…}): drop the name, keep the argument's text.
        return end < s.Length && s[end] == ' ' ? end + 1 : end;
    }
}
