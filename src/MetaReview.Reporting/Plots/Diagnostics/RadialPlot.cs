using System.Collections.Immutable;
using System.Globalization;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Axes;
using MetaReview.Reporting.Drawing.Layout;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>
/// The radial plot (Galbraith RF. A note on graphical presentation of estimated odds ratios from several
/// clinical trials. Stat Med 1988;7:889–94, doi:10.1002/sim.4780070807; Galbraith RF. Graphical display of
/// estimates having differing standard errors. Technometrics 1988;30:271–81): each study at
/// x = 1/√(vᵢ + tau²) (precision) and z = yᵢ/√(vᵢ + tau²) (standardised estimate). A line from the origin
/// through a study has slope yᵢ; the solid line's slope is the pooled estimate, and about 95 % of the studies
/// lie between the dotted lines at ±2 around it when the model fits. The arc on the right reads off the
/// estimates: extend a line from the origin through a point to the arc. The arc is a true circle on the page
/// (the layout keeps angles), its ticks at nice values of the effect (back-transformed for ratio measures).
/// metafor: <c>radial(res)</c>.
/// </summary>
public static class RadialPlot
{
    private const string Plot = "Radial plot";
    private const double PointRadius = 2.6;
    private const double ArcTick = 4;
    private const double ArcLabelGap = 2;

    /// <summary>The studies' coordinates: x = 1/√(vᵢ + tau²), z = yᵢ·x.</summary>
    /// <exception cref="ArgumentException">Invalid input (see <see cref="Create"/>).</exception>
    public static ImmutableArray<RadialPoint> Points(RadialInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Validate(input);
        return [.. input.Studies.Select(s =>
        {
            var x = 1 / Math.Sqrt(s.Vi + input.Tau2);
            return new RadialPoint(s.Label, x, s.Yi * x);
        })];
    }

    /// <exception cref="ArgumentException">
    /// No studies; a study without a label, with a non-finite yᵢ or a vᵢ not &gt; 0; a non-finite estimate; or
    /// tau² &lt; 0.
    /// </exception>
    public static Scene Create(RadialInput input, DiagnosticPlotOptions? options = null, TextMeasurer? measurer = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var f = Figure.Create(options, measurer, Plot, "radial");
        var (o, m, prefix) = (f.Options, f.Measurer, f.Prefix);
        var points = Points(input);
        var style = PlotFrame.AxisStyleFor(o.FontSize);
        var lineHeight = m.LineBoxHeight(style.Labels);
        var random = input.Tau2 > 0;
        var xTitle = o.XAxisTitle ?? (random ? "xᵢ = 1/√(vᵢ + τ²)" : "xᵢ = 1/√vᵢ");
        var zTitle = o.YAxisTitle ?? (random ? "zᵢ = yᵢ/√(vᵢ + τ²)" : "zᵢ = yᵢ/√vᵢ");
        var arcTicks = ArcTicks(input);
        var arcTitle = input.Measure == EffectMeasure.GEN ? "yᵢ" : input.Measure.DisplayName();
        var arcLabelWidth = arcTicks.Max(t => m.Width(t.Label, style.Labels));

        var outer = f.Body();
        var top = outer.Top + lineHeight / 2;
        var bottom = outer.Bottom - PlotFrame.BottomSpace(style, xTitle, m);
        var right = outer.Right - ArcTick - ArcLabelGap - arcLabelWidth;

        // The z axis' labels decide the left margin and the left margin the z axis: two passes settle it.
        var (_, _, zProbe) = Layout(points, input, arcTicks, outer.Left + 30, right, top, bottom, lineHeight);
        var (geometry, xAxis, zAxis) = Layout(points, input, arcTicks, outer.Left + PlotFrame.LeftSpace(zProbe, style, zTitle, m), right, top, bottom, lineHeight);

        var centres = points.Select(p => geometry.ToPage(p.X, p.Z)).ToList();
        var arcTexts = ArcTexts(geometry, arcTicks, arcTitle, style, m);
        var (labels, key) = f.Labels(
            o.LabelStudies == true,
            [.. input.Studies.Select(s => s.Label)],
            centres,
            [.. centres.Select(_ => PointRadius)],
            Rect.FromEdges(geometry.Origin.X, top, right, bottom),
            [.. arcTexts.Select(m.Bounds)]);

        var canvas = f.Canvas(f.HeightWith(key));
        AxisPainter.DrawHorizontal(canvas, xAxis, bottom, style, xTitle);
        VerticalAxis.DrawLeft(canvas, zAxis, geometry.Origin.X, style, zTitle, outer.Left);
        DrawArc(canvas, geometry, arcTicks, arcTexts, style, prefix);

        using (canvas.Group(prefix + "-model", $"Pooled estimate {NiceTicks.Format(Math.Round(input.Estimate, 4))} with ±2 band"))
        {
            foreach (var offset in new[] { -2.0, 2.0 })
            {
                var start = geometry.ToPage(0, offset);
                var end = geometry.BandEnd(input.Estimate, offset);
                canvas.Line(start.X, start.Y, end.X, end.Y, DiagnosticFigure.Reference);
            }

            var tip = geometry.OnArc(input.Estimate, geometry.Radius);
            canvas.Line(geometry.Origin.X, geometry.Origin.Y, tip.X, tip.Y, new Stroke(o.LineColor, 1));
        }

        using (canvas.Group(prefix + "-studies", "Studies"))
        {
            for (var i = 0; i < points.Length; i++)
            {
                var s = input.Studies[i];
                using (canvas.Group(title: $"{s.Label}: yi {Num(s.Yi)}, vi {Num(s.Vi)} (x {Num(points[i].X)}, z {Num(points[i].Z)})"))
                {
                    canvas.Circle(centres[i].X, centres[i].Y, PointRadius, DiagnosticFigure.PointFill, DiagnosticFigure.PointStroke);
                }
            }
        }

        f.Draw(canvas, labels, key);
        return canvas.ToScene(
            "Radial (Galbraith) plot",
            $"Radial plot of {input.Studies.Length} {(input.Studies.Length == 1 ? "study" : "studies")}: standardised estimate against precision; "
            + $"the line through the origin has the pooled estimate {NiceTicks.Format(Math.Round(input.Estimate, 4))} as its slope, the dotted lines mark ±2.",
            prefix);
    }

    /// <summary>Nice values of the effect spanning every study's estimate and the pooled one (on the analysis scale, labelled on the reporting scale).</summary>
    private static ImmutableArray<Tick> ArcTicks(RadialInput input)
    {
        var values = input.Studies.Select(s => s.Yi).Append(input.Estimate).ToList();
        var lo = values.Min();
        var hi = values.Max();
        if (input.Measure.IsRatio())
        {
            if (lo == hi)
            {
                (lo, hi) = (lo - Math.Log(2), hi + Math.Log(2));
            }

            return [.. NiceTicks.Log(Math.Exp(lo), Math.Exp(hi), maxTicks: 8).Select(t => new Tick(Math.Log(t), NiceTicks.Format(t)))];
        }

        if (lo == hi)
        {
            (lo, hi) = AxisSpec.Padded([lo]);
        }

        return [.. NiceTicks.Linear(lo, hi, maxTicks: 8).Select(t => new Tick(t, NiceTicks.Format(t)))];
    }

    private static void DrawArc(Canvas canvas, RadialGeometry g, ImmutableArray<Tick> ticks, List<TextElement> texts, AxisStyle style, string prefix)
    {
        using var group = canvas.Group(prefix + "-arc", "Effect scale (arc)");
        var lo = g.Angle(ticks[0].Value);
        var hi = g.Angle(ticks[^1].Value);
        const int Steps = 64;
        canvas.Polyline(Enumerable.Range(0, Steps + 1).Select(i => g.AtAngle(lo + (hi - lo) * i / Steps, g.Radius)), style.Line);
        foreach (var tick in ticks)
        {
            var inner = g.OnArc(tick.Value, g.Radius);
            var outer = g.OnArc(tick.Value, g.Radius + ArcTick);
            canvas.Line(inner.X, inner.Y, outer.X, outer.Y, style.Line);
        }

        foreach (var text in texts)
        {
            canvas.Add(text);
        }
    }

    /// <summary>The arc's tick labels and, over the top one and right of the z axis, its title.</summary>
    private static List<TextElement> ArcTexts(RadialGeometry g, ImmutableArray<Tick> ticks, string arcTitle, AxisStyle style, TextMeasurer m)
    {
        var labels = ArcLabels(g, ticks, style, m);
        var topBox = m.Bounds(labels.MinBy(l => l.Position.Y)!);
        var titleWidth = m.Width(arcTitle, style.Labels);
        var x = Math.Max(topBox.Left + topBox.Width / 2, g.Origin.X + titleWidth / 2 + 2);
        labels.Add(new TextElement
        {
            Text = arcTitle,
            Position = new Point(x, topBox.Top - 1),
            Style = style.Labels,
            Anchor = TextAnchor.Middle,
            Baseline = TextBaseline.Bottom,
        });
        return labels;
    }

    /// <summary>The labels of the arc's ticks, every second (third, ...) one dropped when their boxes would touch.</summary>
    private static List<TextElement> ArcLabels(RadialGeometry g, ImmutableArray<Tick> ticks, AxisStyle style, TextMeasurer m)
    {
        List<TextElement> Labels(int every) =>
        [
            .. ticks.Where((_, i) => i % every == 0).Select(t => new TextElement
            {
                Text = t.Label,
                Position = g.OnArc(t.Value, g.Radius + ArcTick + ArcLabelGap),
                Style = style.Labels,
                Anchor = TextAnchor.Start,
                Baseline = TextBaseline.Middle,
            }),
        ];

        for (var every = 1; every < ticks.Length; every++)
        {
            var labels = Labels(every);
            var boxes = labels.Select(l => m.Bounds(l)).ToList();
            if (!boxes.Where((b, i) => boxes.Skip(i + 1).Any(c => c.Intersects(b, -1))).Any())
            {
                return labels;
            }
        }

        return Labels(ticks.Length);
    }

    /// <summary>
    /// Finds the page geometry: the origin on the left edge, points per unit of x and of z, and the arc's radius,
    /// such that every point lies inside the arc and the arc, its labels and the ±2 band fit between top and bottom.
    /// </summary>
    private static (RadialGeometry Geometry, Axis X, Axis Z) Layout(ImmutableArray<RadialPoint> points, RadialInput input, ImmutableArray<Tick> ticks, double left, double right, double top, double bottom, double lineHeight)
    {
        var radius = right - left;
        var available = bottom - top;
        if (radius < 60 || available < 60)
        {
            throw new ArgumentOutOfRangeException(nameof(input), $"{Plot}: the figure leaves {Math.Max(0, radius):0} × {Math.Max(0, available):0} pt for the plot; make it larger or the font smaller");
        }

        var xMax = points.Max(p => p.X);
        var sx = 0.8 * radius / xMax;

        // Every point inside 95 % of the radius.
        var syMax = double.PositiveInfinity;
        foreach (var p in points.Where(p => p.Z != 0))
        {
            syMax = Math.Min(syMax, Math.Sqrt(Math.Pow(0.95 * radius, 2) - Math.Pow(sx * p.X, 2)) / Math.Abs(p.Z));
        }

        syMax = Math.Min(syMax, 0.45 * radius);
        double lo = 0, hi = syMax;
        if (!Fits(hi))
        {
            for (var i = 0; i < 60; i++)
            {
                var mid = (lo + hi) / 2;
                (lo, hi) = Fits(mid) ? (mid, hi) : (lo, mid);
            }

            hi = lo;
        }

        var sy = hi;
        var (up, down) = Extents(sy);
        var originY = top + up + (available - up - down) / 2;
        var xEnd = xMax * 1.04;
        var x = Axis.Linear(0, xEnd, left, left + sx * xEnd, extend: false);
        var z = Axis.Linear(-(bottom - originY) / sy, (originY - top) / sy, bottom, top, extend: false);
        return (new RadialGeometry(new Point(left, originY), sx, sy, radius), x, z);

        bool Fits(double s)
        {
            var (u, d) = Extents(s);
            return u + d <= available;
        }

        // How far above and below the origin the drawing reaches for a z scale of s points per unit.
        (double Up, double Down) Extents(double s)
        {
            var g = new RadialGeometry(new Point(left, 0), sx, s, radius);
            var ys = points.Select(p => -s * p.Z).Concat([-2 * s, 2 * s]).ToList();
            ys.Add(g.BandEnd(input.Estimate, 2).Y);
            ys.Add(g.BandEnd(input.Estimate, -2).Y);
            ys.Add(g.OnArc(ticks[0].Value, radius + ArcTick + ArcLabelGap).Y + lineHeight / 2);

            // The top label and the arc's title over it.
            ys.Add(g.OnArc(ticks[^1].Value, radius + ArcTick + ArcLabelGap).Y - lineHeight / 2 - lineHeight - 1);
            return (Math.Max(0, -ys.Min()), Math.Max(0, ys.Max()));
        }
    }

    private static void Validate(RadialInput input)
    {
        if (input.Studies.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"{Plot}: no studies; the plot needs at least one", nameof(input));
        }

        if (!double.IsFinite(input.Estimate))
        {
            throw new ArgumentException($"{Plot}: the pooled estimate must be a finite number, got {input.Estimate}", nameof(input));
        }

        if (!(input.Tau2 >= 0) || double.IsInfinity(input.Tau2))
        {
            throw new ArgumentException($"{Plot}: tau² must be a finite number ≥ 0, got {input.Tau2}", nameof(input));
        }

        for (var i = 0; i < input.Studies.Length; i++)
        {
            var s = input.Studies[i] ?? throw new ArgumentException($"{Plot}: study {i + 1} is null", nameof(input));
            DiagnosticFigure.RequireLabel(s.Label, i, Plot);
            DiagnosticFigure.RequireFinite(s.Yi, "yi", s.Label, Plot);
            if (!(s.Vi > 0) || double.IsInfinity(s.Vi))
            {
                throw new ArgumentException($"{Plot}: study '{s.Label}': vi must be a finite number > 0, got {s.Vi.ToString(CultureInfo.InvariantCulture)}", nameof(input));
            }
        }
    }

    private static string Num(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
