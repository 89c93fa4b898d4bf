using System.Globalization;

namespace MetaReview.Reporting.Drawing;

/// <summary>An opaque sRGB colour. Transparency is a property of the element (<see cref="Element.Opacity"/>).</summary>
public readonly record struct Color(byte R, byte G, byte B)
{
    public static Color Black => new(0, 0, 0);

    public static Color White => new(255, 255, 255);

    /// <summary>Parses "#rrggbb" or "#rgb" (case-insensitive).</summary>
    /// <exception cref="FormatException">The text is not a hex colour; the message quotes it.</exception>
    public static Color FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var s = hex.Trim();
        if (s.StartsWith('#'))
        {
            s = s[1..];
        }

        if (s.Length == 3)
        {
            s = string.Concat(s[0], s[0], s[1], s[1], s[2], s[2]);
        }

        if (s.Length != 6 || !int.TryParse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
        {
            throw new FormatException($"colour '{hex}' is not a hex colour such as '#0072b2' or '#07b'");
        }

        return new Color((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
    }

    /// <summary>"#rrggbb", lower case.</summary>
    public string ToHex() => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");

    /// <summary>Relative luminance (WCAG 2.x), 0 for black to 1 for white.</summary>
    public double RelativeLuminance()
    {
        static double Channel(byte c)
        {
            var s = c / 255.0;
            return s <= 0.04045 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }

        return 0.2126 * Channel(R) + 0.7152 * Channel(G) + 0.0722 * Channel(B);
    }

    /// <summary>WCAG contrast ratio between two colours, from 1 (none) to 21 (black on white).</summary>
    public double ContrastWith(Color other)
    {
        var a = RelativeLuminance() + 0.05;
        var b = other.RelativeLuminance() + 0.05;
        return Math.Max(a, b) / Math.Min(a, b);
    }

    public override string ToString() => ToHex();
}
