using MetaReview.Reporting.Drawing.Layout;

namespace MetaReview.Reporting.Drawing.Axes;

/// <summary>
/// A vertical axis on the left of a plot (funnel, diagnostic plots): the line, ticks pointing left, labels
/// right-aligned beside them (thinned when they would collide) and an optional title rotated to read bottom to top.
/// </summary>
internal static class VerticalAxis
{
    /// <summary>Width of the widest label of the ticks inside the axis' domain.</summary>
    public static double LabelWidth(Axis axis, AxisStyle style, TextMeasurer m) =>
        axis.Ticks.Where(t => axis.Scale.Contains(t.Value)).Select(t => m.Width(t.Label, style.Labels)).DefaultIfEmpty(0).Max();

    /// <summary>
    /// Draws the axis along x = <paramref name="x"/> over the scale's range. Labels closer than a line apart are
    /// thinned (every second, third, ... kept, the first always). The title, when given, is centred on the axis with
    /// its top (the left edge once rotated) at <paramref name="titleLeft"/>. Returns the x of the labels' right edge.
    /// </summary>
    public static double DrawLeft(Canvas canvas, Axis axis, double x, AxisStyle style, string? title = null, double titleLeft = 0)
    {
        var scale = axis.Scale;
        canvas.Line(x, scale.RangeStart, x, scale.RangeEnd, style.Line);
        var visible = axis.Ticks.Where(t => scale.Contains(t.Value)).ToList();
        foreach (var tick in visible)
        {
            var y = scale.Map(tick.Value);
            canvas.Line(x - style.TickLength, y, x, y, style.Line);
        }

        var labelRight = x - style.TickLength - style.LabelGap;
        foreach (var tick in Thin(visible, scale, style, canvas.Measurer))
        {
            canvas.Text(tick.Label, labelRight, scale.Map(tick.Value), style.Labels, TextAnchor.End, TextBaseline.Middle);
        }

        if (title is not null)
        {
            var middle = (scale.RangeStart + scale.RangeEnd) / 2;
            canvas.Text(title, titleLeft, middle, style.Labels, TextAnchor.Middle, TextBaseline.Top, rotation: -90);
        }

        return labelRight;
    }

    /// <summary>Every tick, or every second (third, ...) one when the labels' boxes would touch.</summary>
    private static List<Tick> Thin(List<Tick> ticks, Scale scale, AxisStyle style, TextMeasurer m)
    {
        var height = m.LineBoxHeight(style.Labels);
        for (var every = 1; every <= Math.Max(1, ticks.Count); every++)
        {
            var kept = ticks.Where((_, i) => i % every == 0).ToList();
            var positions = kept.Select(t => scale.Map(t.Value)).Order().ToList();
            if (positions.Zip(positions.Skip(1)).All(p => p.Second - p.First >= height + 1))
            {
                return kept;
            }
        }

        return [.. ticks.Take(1)];
    }
}
