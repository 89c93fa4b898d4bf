using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Layout;

namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>A legend of <see cref="LegendItem"/>s in rows, wrapped to a width and centred.</summary>
internal sealed class Legend
{
    private const double SymbolGap = 4;
    private const double ItemGap = 16;

    private readonly List<List<(LegendItem Item, double Width)>> _rows;
    private readonly TextStyle _style;
    private readonly double _rowHeight;

    private Legend(List<List<(LegendItem, double)>> rows, TextStyle style, double rowHeight)
    {
        _rows = rows;
        _style = style;
        _rowHeight = rowHeight;
    }

    public double Height => _rows.Count * _rowHeight;

    public static Legend Create(IReadOnlyList<LegendItem> items, double width, TextStyle style, TextMeasurer m)
    {
        var rows = new List<List<(LegendItem, double)>> { new() };
        var used = 0.0;
        foreach (var item in items)
        {
            var itemWidth = Math.Min(width, Symbol(item) + m.Width(item.Text, style));
            if (rows[^1].Count > 0 && used + ItemGap + itemWidth > width)
            {
                rows.Add([]);
                used = 0;
            }

            used += (rows[^1].Count > 0 ? ItemGap : 0) + itemWidth;
            rows[^1].Add((item, itemWidth));
        }

        return new Legend(items.Count == 0 ? [] : rows, style, m.LineBoxHeight(style) + 4);
    }

    public void Draw(Canvas canvas, double left, double top, double width, string id)
    {
        using var group = canvas.Group(id, "Legend");
        var y = top;
        foreach (var row in _rows)
        {
            var x = left + (width - row.Sum(r => r.Width) - ItemGap * (row.Count - 1)) / 2;
            var mid = y + _rowHeight / 2;
            foreach (var (item, itemWidth) in row)
            {
                DrawSymbol(canvas, item, x, mid);
                canvas.Text(item.Text, x + Symbol(item), mid, _style, TextAnchor.Start, TextBaseline.Middle);
                x += itemWidth + ItemGap;
            }

            y += _rowHeight;
        }
    }

    /// <summary>The room an item's symbol takes before its text.</summary>
    private static double Symbol(LegendItem item) => item.HasSymbol ? item.SymbolWidth + SymbolGap : 0;

    private void DrawSymbol(Canvas canvas, LegendItem item, double x, double mid)
    {
        var half = _style.Size * 0.4;
        if (item.Fill is { } fill && !item.Marker)
        {
            canvas.Add(new RectangleElement { Bounds = new Rect(x, mid - half, item.SymbolWidth, 2 * half), Fill = fill, Opacity = item.FillOpacity });
        }

        if (item.Line is { } line)
        {
            canvas.Line(x, mid, x + item.SymbolWidth, mid, line);
        }

        if (item.Marker)
        {
            canvas.Add(new CircleElement { Center = new Point(x + item.SymbolWidth / 2, mid), Radius = half, Fill = item.Fill, Stroke = item.MarkerStroke, Opacity = item.FillOpacity });
        }
    }
}
