using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Axes;
using MetaReview.Reporting.Drawing.Layout;
using MetaReview.Reporting.Plots.Charts;

namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>
/// The plotting area of an x–y plot inside a given rectangle, after room is made for the tick labels and
/// titles of a bottom and a left axis; maps data to points and draws the axes and the frame.
/// </summary>
internal sealed class PlotFrame(Rect area, Axis x, Axis y, AxisSpec xSpec, AxisSpec ySpec, AxisStyle style, double outerLeft)
{
    private const double TitleGap = 4;

    public Rect Area { get; } = area;

    public Axis X { get; } = x;

    public Axis Y { get; } = y;

    public AxisSpec XSpec { get; } = xSpec;

    public AxisSpec YSpec { get; } = ySpec;

    public AxisStyle Style { get; } = style;

    /// <summary>The style of tick labels and axis lines at a font size.</summary>
    public static AxisStyle AxisStyleFor(double fontSize) => new(new TextStyle(fontSize), new Stroke(Color.Black, 0.75));

    /// <summary>
    /// Room below an area for the x axis: ticks, labels and the title when there is one.
    /// </summary>
    public static double BottomSpace(AxisStyle style, string? title, TextMeasurer m) =>
        style.TickLength + style.LabelGap + m.LineBoxHeight(style.Labels) + (title is null ? 0 : style.LabelGap + m.LineBoxHeight(style.Labels));

    /// <summary>Room left of an area for the y axis: its title, the widest label, the gap and the ticks.</summary>
    public static double LeftSpace(Axis y, AxisStyle style, string? title, TextMeasurer m) =>
        (title is null ? 0 : m.LineBoxHeight(style.Labels) + TitleGap) + VerticalAxis.LabelWidth(y, style, m) + style.LabelGap + style.TickLength;

    /// <summary>Lays out a plot inside <paramref name="outer"/>; <paramref name="plot"/> names the plot in errors.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rectangle leaves less than 40 × 40 points for the data.</exception>
    public static PlotFrame Create(Rect outer, AxisSpec x, AxisSpec y, double fontSize, TextMeasurer m, string plot)
    {
        var style = AxisStyleFor(fontSize);
        var lineHeight = m.LineBoxHeight(style.Labels);

        // The y ticks do not depend on the drawing range: build the axis once to measure its labels.
        var left = outer.Left + LeftSpace(y.Build(1, 0), style, y.Title, m);
        var bottom = outer.Bottom - BottomSpace(style, x.Title, m);
        var top = outer.Top + lineHeight / 2;
        var probe = x.Build(0, 1);
        var lastLabel = probe.Ticks.Where(t => probe.Scale.Contains(t.Value)).Select(t => (t.Value, Width: m.Width(t.Label, style.Labels))).DefaultIfEmpty().MaxBy(t => t.Value);
        var right = outer.Right - lastLabel.Width / 2;
        if (right - left < 40 || bottom - top < 40)
        {
            throw new ArgumentOutOfRangeException(
                nameof(outer),
                $"{plot}: a figure {outer.Width:0.#} × {outer.Height:0.#} pt leaves {Math.Max(0, right - left):0} × {Math.Max(0, bottom - top):0} pt for the data; make it larger or the font smaller");
        }

        var area = Rect.FromEdges(left, top, right, bottom);
        return new PlotFrame(area, x.Build(area.Left, area.Right), y.Build(area.Bottom, area.Top), x, y, style, outer.Left);
    }

    public double MapX(double x) => X.Scale.Map(x);

    public double MapY(double y) => Y.Scale.Map(y);

    public Point Map(double x, double y) => new(MapX(x), MapY(y));

    /// <summary>Draws the frame, the bottom and left axes and their titles.</summary>
    public void Draw(Canvas canvas, bool frame = true)
    {
        if (frame)
        {
            canvas.Rectangle(Area, null, Style.Line);
        }

        AxisPainter.DrawHorizontal(canvas, X, Area.Bottom, Style, XSpec.Title);
        VerticalAxis.DrawLeft(canvas, Y, Area.Left, Style, YSpec.Title, outerLeft);
    }

    /// <summary>Draws the segment from a to b (data) where it crosses the area; nothing when it misses.</summary>
    public void Segment(Canvas canvas, double x1, double y1, double x2, double y2, Stroke stroke)
    {
        if (Geometry.ClipSegment(Map(x1, y1), Map(x2, y2), Area) is { } part)
        {
            canvas.Line(part.From.X, part.From.Y, part.To.X, part.To.Y, stroke);
        }
    }
}
