using MetaReview.Reporting.Drawing.Layout;

namespace MetaReview.Reporting.Drawing.Axes;

/// <summary>Draws axes on a canvas.</summary>
public static class AxisPainter
{
    /// <summary>
    /// Draws a horizontal axis along y: the line over the scale's range, ticks downwards and labels centred
    /// under them. When labels would collide, every second (third, ...) label is dropped, keeping the first.
    /// An optional title is centred under the labels. Returns the y of the lowest thing drawn.
    /// </summary>
    public static double DrawHorizontal(Canvas canvas, Axis axis, double y, AxisStyle style, string? title = null, TextStyle? titleStyle = null)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(axis);
        ArgumentNullException.ThrowIfNull(style);
        var m = canvas.Measurer;
        var scale = axis.Scale;
        canvas.Line(scale.RangeStart, y, scale.RangeEnd, y, style.Line);
        var visible = axis.Ticks.Where(t => scale.Contains(t.Value)).ToList();
        foreach (var tick in visible)
        {
            var x = scale.Map(tick.Value);
            canvas.Line(x, y, x, y + style.TickLength, style.Line);
        }

        var labelled = ThinLabels(visible, scale, style, m);
        var labelTop = y + style.TickLength + style.LabelGap;
        foreach (var tick in labelled)
        {
            canvas.Text(tick.Label, scale.Map(tick.Value), labelTop, style.Labels, TextAnchor.Middle, TextBaseline.Top);
        }

        var bottom = labelled.Count > 0 ? labelTop + m.LineBoxHeight(style.Labels) : y + style.TickLength;
        if (title is not null)
        {
            var ts = titleStyle ?? style.Labels;
            canvas.Text(title, (scale.RangeStart + scale.RangeEnd) / 2, bottom + style.LabelGap, ts, TextAnchor.Middle, TextBaseline.Top);
            bottom += style.LabelGap + m.LineBoxHeight(ts);
        }

        return bottom;
    }

    private static List<Tick> ThinLabels(List<Tick> ticks, Scale scale, AxisStyle style, TextMeasurer m)
    {
        for (var every = 1; every <= ticks.Count; every++)
        {
            var spans = ticks
                .Where((_, i) => i % every == 0)
                .Select(t => (Tick: t, Center: scale.Map(t.Value), Half: m.Width(t.Label, style.Labels) / 2))
                .OrderBy(s => s.Center)
                .ToList();
            var fits = spans.Zip(spans.Skip(1)).All(p => p.Second.Center - p.Second.Half - (p.First.Center + p.First.Half) >= style.MinLabelSpacing);
            if (fits)
            {
                return spans.Select(s => s.Tick).OrderBy(t => ticks.IndexOf(t)).ToList();
            }
        }

        return ticks.Take(1).ToList();
    }
}
