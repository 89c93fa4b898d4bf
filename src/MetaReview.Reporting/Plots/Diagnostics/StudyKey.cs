using System.Globalization;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Layout;

namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>
/// The key of study numbers under a plot whose points are numbered: "1  Aronson, 1948", in as many columns as
/// fit, numbered down the columns; long names wrap inside their column. Highlighted studies are bold.
/// </summary>
internal sealed class StudyKey
{
    private const double ColumnGap = 12;
    private const double NumberGap = 4;
    private const double LineSpacing = 1.15;

    private readonly List<(string Number, IReadOnlyList<string> Lines, bool Bold, double X, double Y)> _entries = [];
    private readonly TextStyle _style;

    private StudyKey(TextStyle style) => _style = style;

    public double Height { get; private set; }

    public static StudyKey Create(IReadOnlyList<string> labels, IReadOnlySet<int> highlighted, double width, TextStyle style, TextMeasurer m)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var key = new StudyKey(style);
        if (labels.Count == 0)
        {
            return key;
        }

        var bold = style.AsBold();
        var numbers = labels.Select((_, i) => (i + 1).ToString(CultureInfo.InvariantCulture)).ToList();
        var numberWidth = numbers.Max(n => m.Width(n, bold)) + NumberGap;
        // One very long name should not leave the key a single column: from four studies on, names wrap
        // within half the width.
        var widest = labels.Count >= 4 ? (width - ColumnGap) / 2 - numberWidth : width - numberWidth;
        var labelWidth = Math.Max(20, Math.Min(labels.Select((l, i) => m.Width(l, highlighted.Contains(i) ? bold : style)).Max(), widest));
        var entryWidth = numberWidth + labelWidth;
        var columns = Math.Max(1, (int)Math.Floor((width + ColumnGap) / (entryWidth + ColumnGap)));
        var rows = (int)Math.Ceiling(labels.Count / (double)columns);
        var lineHeight = m.LineBoxHeight(style) * LineSpacing;
        var wrapped = labels.Select((l, i) => m.Wrap(l, highlighted.Contains(i) ? bold : style, labelWidth)).ToList();
        var y = 0.0;
        for (var row = 0; row < rows; row++)
        {
            var rowLines = 1;
            for (var column = 0; column < columns; column++)
            {
                var i = column * rows + row;
                if (i >= labels.Count)
                {
                    continue;
                }

                key._entries.Add((numbers[i], wrapped[i], highlighted.Contains(i), column * (entryWidth + ColumnGap), y));
                rowLines = Math.Max(rowLines, wrapped[i].Length);
            }

            y += rowLines * lineHeight;
        }

        key.Height = y;
        key.NumberWidth = numberWidth;
        key.LineHeight = lineHeight;
        return key;
    }

    private double NumberWidth { get; set; }

    private double LineHeight { get; set; }

    public void Draw(Canvas canvas, double left, double top, string id)
    {
        using var group = canvas.Group(id, "Study numbers");
        foreach (var (number, lines, bold, x, y) in _entries)
        {
            var style = bold ? _style.AsBold() : _style;
            canvas.Text(number, left + x + NumberWidth - NumberGap, top + y, style, TextAnchor.End, TextBaseline.Top);
            for (var l = 0; l < lines.Count; l++)
            {
                canvas.Text(lines[l], left + x + NumberWidth, top + y + l * LineHeight, style, TextAnchor.Start, TextBaseline.Top);
            }
        }
    }
}
