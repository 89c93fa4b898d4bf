using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Axes;
using MetaReview.Reporting.Drawing.Layout;

namespace MetaReview.Reporting.Plots.Charts;

/// <summary>A vertical axis on the left of a plot: the line, ticks pointing left and labels right-aligned beside them.</summary>
internal static class VerticalAxis
{
    /// <summary>The width of the widest tick label.</summary>
    public static double LabelWidth(Axis axis, TextStyle labels, TextMeasurer m) =>
        axis.Ticks.Select(t => m.Width(t.Label, labels)).DefaultIfEmpty(0).Max();

    /// <summary>
    /// Draws the axis along x over the scale's range. Labels closer than a line apart are thinned (every second,
    /// third, ... kept, the first always). Returns the x of the labels' right edge.
    /// </summary>
    public static double DrawLeft(Canvas canvas, Axis axis, double x, AxisStyle style)
    {
        var scale = axis.Scale;
        canvas.Line(x, scale.RangeStart, x, scale.RangeEnd, style.Line);
        var visible = axis.Ticks.Where(t => scale.Contains(t.Value)).ToList();
        foreach (var tick in visible)
        {
            var y = scale.Map(tick.Value);
            canvas.Line(x - style.TickLength, y, x, y, style.Line);
        }

        var pitch = canvas.Measurer.LineBoxHeight(style.Labels) + 1;
        var every = 1;
        while (every < visible.Count && visible.Where((_, i) => i % every == 0).Select(t => scale.Map(t.Value)).Order().Zip(visible.Where((_, i) => i % every == 0).Select(t => scale.Map(t.Value)).Order().Skip(1)).Any(p => p.Second - p.First < pitch))
        {
            every++;
        }

        var right = x - style.TickLength - style.LabelGap;
        foreach (var tick in visible.Where((_, i) => i % every == 0))
        {
            canvas.Text(tick.Label, right, scale.Map(tick.Value), style.Labels, TextAnchor.End, TextBaseline.Middle);
        }

        return right;
    }
}
