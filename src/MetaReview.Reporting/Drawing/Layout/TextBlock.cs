using System.Collections.Immutable;

namespace MetaReview.Reporting.Drawing.Layout;

/// <summary>
/// Paragraphs wrapped to a width and stacked with a fixed line pitch: the measured content of a box.
/// Lines are spaced by <see cref="LineSpacing"/> × the font size, and the block's height covers
/// the first line's ascender to the last line's descender, so stacked blocks never overlap.
/// </summary>
public sealed record TextBlock
{
    private TextBlock(ImmutableArray<TextLine> lines, double lineSpacing, double width, double height, double firstAscent)
    {
        Lines = lines;
        LineSpacing = lineSpacing;
        Width = width;
        Height = height;
        FirstAscent = firstAscent;
    }

    public ImmutableArray<TextLine> Lines { get; }

    /// <summary>Baseline-to-baseline distance as a multiple of each line's font size.</summary>
    public double LineSpacing { get; }

    /// <summary>Width of the widest line including its indent, in points.</summary>
    public double Width { get; }

    /// <summary>From the top of the first line's ascender to the bottom of the last line's descender.</summary>
    public double Height { get; }

    /// <summary>Distance from the block's top to the first baseline.</summary>
    public double FirstAscent { get; }

    /// <summary>
    /// Lays out paragraphs, each wrapped to <paramref name="maxWidth"/> minus its indent.
    /// </summary>
    public static TextBlock Create(IEnumerable<TextParagraph> paragraphs, double maxWidth, TextMeasurer measurer, double lineSpacing = 1.2)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(measurer);
        if (!(lineSpacing >= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(lineSpacing), $"line spacing must be >= 1 (times the font size), got {lineSpacing}");
        }

        var lines = ImmutableArray.CreateBuilder<TextLine>();
        var index = 0;
        foreach (var p in paragraphs)
        {
            foreach (var text in measurer.Wrap(p.Text, p.Style, Math.Max(maxWidth - p.Indent, p.Style.Size)))
            {
                lines.Add(new TextLine(text, p.Style, p.Indent, measurer.Width(text, p.Style), index));
            }

            index++;
        }

        if (lines.Count == 0)
        {
            throw new ArgumentException("a text block needs at least one paragraph", nameof(paragraphs));
        }

        var first = lines[0];
        var firstAscent = measurer.Ascent(first.Style);
        var baseline = firstAscent;
        for (var i = 1; i < lines.Count; i++)
        {
            baseline += lineSpacing * Math.Max(lines[i - 1].Style.Size, lines[i].Style.Size);
        }

        var height = baseline + measurer.Descent(lines[^1].Style);
        var width = lines.Max(l => l.Indent + l.Width);
        return new TextBlock(lines.ToImmutable(), lineSpacing, width, height, firstAscent);
    }

    /// <summary>
    /// The text as one string for screen readers: wrapped lines joined by spaces, paragraphs by "; "
    /// (or a space after a paragraph ending in a colon).
    /// </summary>
    public string PlainText()
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < Lines.Length; i++)
        {
            if (i > 0)
            {
                var sameParagraph = Lines[i].Paragraph == Lines[i - 1].Paragraph;
                sb.Append(sameParagraph || Lines[i - 1].Text.EndsWith(':') ? " " : "; ");
            }

            sb.Append(Lines[i].Text);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Draws the lines with the block's top at <paramref name="top"/>. <paramref name="x"/> is the left
    /// edge for <see cref="TextAnchor.Start"/>, the centre for <see cref="TextAnchor.Middle"/> and the
    /// right edge for <see cref="TextAnchor.End"/>.
    /// </summary>
    public void Draw(Canvas canvas, double x, double top, TextAnchor anchor = TextAnchor.Start)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        var baseline = top + FirstAscent;
        for (var i = 0; i < Lines.Length; i++)
        {
            var line = Lines[i];
            if (i > 0)
            {
                baseline += LineSpacing * Math.Max(Lines[i - 1].Style.Size, line.Style.Size);
            }

            canvas.Text(line.Text, x + (anchor == TextAnchor.Start ? line.Indent : 0), baseline, line.Style, anchor);
        }
    }
}
