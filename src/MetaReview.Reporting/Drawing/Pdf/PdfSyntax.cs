using System.Globalization;
using System.Text;

namespace MetaReview.Reporting.Drawing.Pdf;

/// <summary>
/// The lexical pieces of a PDF file (ISO 32000-1:2008, 7.3): numbers, names and strings, written with the
/// invariant culture and escaped so that any text the scene holds reads back unchanged.
/// </summary>
internal static class PdfSyntax
{
    /// <summary>
    /// A real number rounded to <paramref name="decimals"/> places, without exponent, trailing zeros or "-0"
    /// (PDF has no exponent notation, 7.3.3).
    /// </summary>
    public static string Number(double value, int decimals = 3)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "cannot draw at a coordinate that is not finite");
        }

        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : rounded.ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);
    }

    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A name object: "/" then the UTF-8 bytes of <paramref name="name"/>, with every byte outside the regular
    /// characters 0x21–0x7E, and every delimiter and "#", written as "#xx" (7.3.5).
    /// </summary>
    public static string Name(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length + 1).Append('/');
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (b is < 0x21 or > 0x7E || "#()<>[]{}/%".Contains((char)b, StringComparison.Ordinal))
            {
                sb.Append('#').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append((char)b);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// A text string (7.9.2.2): a literal string when the text is printable ASCII (which PDFDocEncoding
    /// shares), otherwise UTF-16BE with a byte order mark as a hex string, so any character survives.
    /// </summary>
    public static string TextString(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.All(c => c is >= ' ' and <= '~'))
        {
            return LiteralString(text);
        }

        var bytes = new byte[2 + 2 * text.Length];
        bytes[0] = 0xFE;
        bytes[1] = 0xFF;
        Encoding.BigEndianUnicode.GetBytes(text, bytes.AsSpan(2));
        return HexString(bytes);
    }

    /// <summary>
    /// A literal string of characters up to U+00FF: backslash and both parentheses escaped (so unbalanced
    /// parentheses are safe), line ends and other control characters as escapes (7.3.4.2).
    /// </summary>
    public static string LiteralString(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 2).Append('(');
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\' or '(' or ')':
                    sb.Append('\\').Append(c);
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                case > '\u00FF':
                    throw new ArgumentException($"a literal PDF string holds bytes, not '{c}' (U+{(int)c:X4}); use TextString", nameof(text));
                case < ' ' or (>= '\u007F' and <= '\u009F'):
                    sb.Append('\\').Append(Convert.ToString(c, 8).PadLeft(3, '0'));
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.Append(')').ToString();
    }

    public static string HexString(ReadOnlySpan<byte> bytes) => "<" + Convert.ToHexString(bytes) + ">";
}
