using System.Collections.Immutable;
using System.Text;
using MetaReview.Reporting.Drawing.Fonts;

namespace MetaReview.Reporting.Drawing.Layout;

/// <summary>
/// Measures text with the embedded font's advance widths, so that layout is decided before any
/// renderer runs and is the same in SVG, PDF and PNG. Kerning is not applied: kerning pairs in Latin
/// text mostly tighten, so unkerned widths are at least as wide as drawn text and boxes never clip.
/// </summary>
public sealed class TextMeasurer
{
    private readonly Func<bool, bool, FontMetrics> _faces;

    public TextMeasurer(Func<bool, bool, FontMetrics> faces)
    {
        ArgumentNullException.ThrowIfNull(faces);
        _faces = faces;
    }

    /// <summary>The measurer for the embedded Liberation Sans faces.</summary>
    public static TextMeasurer Default { get; } = new(EmbeddedFonts.GetMetrics);

    public FontMetrics Face(TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        return _faces(style.Bold, style.Italic);
    }

    /// <summary>Advance width of the text in points.</summary>
    public double Width(string text, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(text);
        var face = Face(style);
        long units = 0;
        foreach (var rune in DisplayText.Clean(text).EnumerateRunes())
        {
            units += face.Advance(rune.Value);
        }

        return units * style.Size / face.UnitsPerEm;
    }

    /// <summary>Height above the baseline of the font's ascender line, in points.</summary>
    public double Ascent(TextStyle style) => Face(style).Ascender * style.Size / Face(style).UnitsPerEm;

    /// <summary>Depth below the baseline of the font's descender line, in points (positive).</summary>
    public double Descent(TextStyle style) => -Face(style).Descender * style.Size / Face(style).UnitsPerEm;

    /// <summary>Height of capitals in points.</summary>
    public double CapHeight(TextStyle style) => Face(style).CapHeight * style.Size / Face(style).UnitsPerEm;

    /// <summary>Ascent plus descent: the height of one line's box.</summary>
    public double LineBoxHeight(TextStyle style) => Ascent(style) + Descent(style);

    /// <summary>How far below the text position the alphabetic baseline lies for a baseline mode.</summary>
    public double BaselineShift(TextBaseline baseline, TextStyle style) => baseline switch
    {
        TextBaseline.Alphabetic => 0,
        TextBaseline.Middle => CapHeight(style) / 2,
        TextBaseline.Top => Ascent(style),
        TextBaseline.Bottom => -Descent(style),
        _ => throw new ArgumentOutOfRangeException(nameof(baseline), baseline, "unknown text baseline"),
    };

    /// <summary>Where the text starts on its baseline, before rotation (the anchor resolved with the measured width).</summary>
    public Point BaselineStart(TextElement text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var width = Width(text.Text, text.Style);
        var dx = text.Anchor switch
        {
            TextAnchor.Start => 0,
            TextAnchor.Middle => -width / 2,
            TextAnchor.End => -width,
            _ => throw new ArgumentOutOfRangeException(nameof(text), text.Anchor, "unknown text anchor"),
        };
        return text.Position.Offset(dx, BaselineShift(text.Baseline, text.Style));
    }

    /// <summary>
    /// The box the text occupies: its advance by its ascender-to-descender height, rotated with the text
    /// (the enclosing axis-aligned box when the rotation is not a multiple of 90°).
    /// </summary>
    public Rect Bounds(TextElement text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = BaselineStart(text);
        var box = Rect.FromEdges(start.X, start.Y - Ascent(text.Style), start.X + Width(text.Text, text.Style), start.Y + Descent(text.Style));
        if (text.Rotation % 360 == 0)
        {
            return box;
        }

        var center = text.Position;
        var radians = text.Rotation * Math.PI / 180;
        var (sin, cos) = Math.SinCos(radians);
        Point Rotate(double x, double y) => new(
            center.X + (x - center.X) * cos - (y - center.Y) * sin,
            center.Y + (x - center.X) * sin + (y - center.Y) * cos);
        return Rect.Enclosing(
        [
            Rotate(box.Left, box.Top), Rotate(box.Right, box.Top), Rotate(box.Left, box.Bottom), Rotate(box.Right, box.Bottom),
        ]);
    }

    /// <summary>
    /// Breaks text into lines no wider than <paramref name="maxWidth"/> points: at spaces where possible,
    /// inside a word (after a hyphen or slash, else between characters) only when the word alone is too
    /// wide; "\n" forces a break; no-break spaces hold words together. Never returns no lines.
    /// </summary>
    public ImmutableArray<string> Wrap(string text, TextStyle style, double maxWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!(maxWidth > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(maxWidth), $"wrapping needs a width > 0 points, got {maxWidth}");
        }

        var lines = ImmutableArray.CreateBuilder<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var current = new StringBuilder();
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (Width(candidate, style) <= maxWidth)
                {
                    current.Clear().Append(candidate);
                    continue;
                }

                if (current.Length > 0)
                {
                    lines.Add(current.ToString());
                    current.Clear();
                }

                // The word alone: split it where it overflows.
                var pieces = BreakWord(word, style, maxWidth, out var rest);
                lines.AddRange(pieces);
                current.Append(rest);
            }

            lines.Add(current.ToString());
        }

        return lines.ToImmutable();
    }

    /// <summary>Splits a word too wide for a line: after hyphens where possible, else between characters.</summary>
    private List<string> BreakWord(string word, TextStyle style, double maxWidth, out string rest)
    {
        var pieces = new List<string>();
        var piece = new StringBuilder();
        foreach (var part in HyphenParts(word))
        {
            if (piece.Length > 0 && Width(piece + part, style) > maxWidth)
            {
                pieces.Add(piece.ToString());
                piece.Clear();
            }

            if (Width(part, style) <= maxWidth)
            {
                piece.Append(part);
                continue;
            }

            foreach (var rune in part.EnumerateRunes())
            {
                var s = rune.ToString();
                if (piece.Length > 0 && Width(piece + s, style) > maxWidth)
                {
                    pieces.Add(piece.ToString());
                    piece.Clear();
                }

                piece.Append(s);
            }
        }

        rest = piece.ToString();
        return pieces;
    }

    /// <summary>"Smith-Jones-Brown" → "Smith-", "Jones-", "Brown".</summary>
    private static IEnumerable<string> HyphenParts(string word)
    {
        var start = 0;
        for (var i = 0; i < word.Length - 1; i++)
        {
            if (word[i] is '-' or '\u2010' or '\u2013' or '/' && i > start)
            {
                yield return word[start..(i + 1)];
                start = i + 1;
            }
        }

        yield return word[start..];
    }
}
