using System.Collections.Immutable;
using System.Globalization;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Axes;
using MetaReview.Reporting.Drawing.Layout;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>
/// The L'Abbé plot (L'Abbé KA, Detsky AS, O'Rourke K. Meta-analysis in clinical research. Ann Intern Med
/// 1987;107:224–33, doi:10.7326/0003-4819-107-2-224): each binary study's outcome in the experimental arm (y)
/// against the control arm (x), a circle whose area is the study's weight. Studies under the solid line
/// (y = x, no difference) had fewer events with the experimental treatment; the dashed line is the pooled
/// effect. Both axes have the same scale and the plot is square, so the no-difference line is the diagonal.
/// RR is drawn as risks on log axes (the pooled line is y = RR·x), OR and PETO as odds on log axes
/// (y = OR·x), RD as risks on linear axes (y = x + RD). An arm with no events (or only events) has 0.5 added
/// to its events and its non-events, as metafor does arm by arm (<c>add=1/2, to="only0"</c>), so that its point
/// exists on log axes. metafor: <c>labbe(res, transf=exp)</c>, with circle areas by weight rather than metafor's
/// default sizes by inverse standard error.
/// </summary>
public static class LabbePlot
{
    private const string Plot = "L'Abbé plot";
    private const double Increment = 0.5;

    /// <summary>The studies' coordinates on the plotted scale and their weights.</summary>
    /// <exception cref="ArgumentException">Invalid input (see <see cref="Create"/>).</exception>
    public static ImmutableArray<LabbePoint> Points(LabbeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Validate(input);
        var odds = input.Measure is EffectMeasure.OR or EffectMeasure.PETO;
        return [.. input.Studies.Select(s =>
        {
            var a = s.Arms;
            double Outcome(double events, double n)
            {
                var add = events == 0 || events == n ? Increment : 0;
                return odds ? (events + add) / (n - events + add) : (events + add) / (n + 2 * add);
            }

            return new LabbePoint(s.Label, Outcome(a.EventsC, a.NC), Outcome(a.EventsE, a.NE), s.Weight ?? InverseVariance(s, input.Measure));
        })];
    }

    /// <exception cref="ArgumentException">
    /// No studies; a measure other than RR, OR, PETO or RD; a non-finite estimate; a study without a label,
    /// with events outside 0 to the total, a total not &gt; 0, or a weight not &gt; 0; or a study without a weight
    /// whose variance cannot be computed.
    /// </exception>
    public static Scene Create(LabbeInput input, DiagnosticPlotOptions? options = null, TextMeasurer? measurer = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var f = Figure.Create(options, measurer, Plot, "labbe");
        var (o, m, prefix, text) = (f.Options, f.Measurer, f.Prefix, f.Text);
        var points = Points(input);
        var measure = input.Measure;
        var logAxes = measure != EffectMeasure.RD;
        var outcome = measure is EffectMeasure.OR or EffectMeasure.PETO ? "Odds" : "Risk";
        var kind = logAxes ? ScaleKind.Log : ScaleKind.Linear;
        var (lo, hi) = AxisSpec.Padded(points.SelectMany(p => new[] { p.Control, p.Experimental }), kind);
        var xSpec = new AxisSpec(lo, hi, o.XAxisTitle ?? $"{outcome} in the control group") { Kind = kind, MaxTicks = 8 };
        var ySpec = new AxisSpec(lo, hi, o.YAxisTitle ?? $"{outcome} in the experimental group") { Kind = kind, MaxTicks = 8 };

        var pooled = logAxes ? Math.Exp(input.Estimate) : input.Estimate;
        var legend = Legend.Create(
            [
                new LegendItem("No difference") { Line = DiagnosticFigure.ReferenceSolid },
                new LegendItem($"Pooled {MeasureName(measure)} {Format(pooled)}") { Line = PooledStroke(o) },
                new LegendItem("Circle area by weight") { Marker = true, Fill = DiagnosticFigure.PointFill, MarkerStroke = DiagnosticFigure.PointStroke },
            ],
            f.ContentWidth,
            text,
            m);
        var frame = Square(f.Body(legend.Height + DiagnosticFigure.SectionGap), xSpec, ySpec, o.FontSize, m);

        var side = frame.Area.Width;
        var maxRadius = Math.Max(3, side * 0.045);
        var maxWeight = points.Max(p => p.Weight);
        var radii = points.Select(p => Math.Max(1.5, maxRadius * Math.Sqrt(p.Weight / maxWeight))).ToList();
        var centres = points.Select(p => frame.Map(p.Control, p.Experimental)).ToList();
        var (labels, key) = f.Labels(o.LabelStudies == true, [.. points.Select(p => p.Label)], centres, radii, frame.Area);

        var canvas = f.Canvas(f.HeightWith(key));
        frame.Draw(canvas);
        using (canvas.Group(prefix + "-lines", "No-difference and pooled-effect lines"))
        {
            frame.Segment(canvas, lo, lo, hi, hi, DiagnosticFigure.ReferenceSolid);
            if (logAxes)
            {
                frame.Segment(canvas, lo, lo * pooled, hi, hi * pooled, PooledStroke(o));
            }
            else
            {
                frame.Segment(canvas, lo, lo + pooled, hi, hi + pooled, PooledStroke(o));
            }
        }

        using (canvas.Group(prefix + "-studies", "Studies"))
        {
            // Largest first, so that small circles stay visible on top.
            foreach (var i in Enumerable.Range(0, points.Length).OrderByDescending(i => radii[i]).ThenBy(i => i))
            {
                var p = points[i];
                var arms = input.Studies[i].Arms;
                using (canvas.Group(title: $"{p.Label}: experimental {Count(arms.EventsE)}/{Count(arms.NE)}, control {Count(arms.EventsC)}/{Count(arms.NC)}, weight {Format(p.Weight)}"))
                {
                    canvas.Add(new CircleElement { Center = centres[i], Radius = radii[i], Fill = DiagnosticFigure.PointFill, Stroke = DiagnosticFigure.PointStroke, Opacity = 0.8 });
                }
            }
        }

        legend.Draw(canvas, DiagnosticFigure.Margin, f.Height - DiagnosticFigure.Margin - legend.Height, f.ContentWidth, prefix + "-legend");
        f.Draw(canvas, labels, key);
        return canvas.ToScene(
            "L'Abbé plot",
            $"L'Abbé plot of {points.Length} {(points.Length == 1 ? "study" : "studies")}: {outcome.ToLowerInvariant()} in the experimental group against the control group"
            + $"{(logAxes ? " (log scales)" : string.Empty)}, circle areas by weight; pooled {MeasureName(measure)} {Format(pooled)}.",
            prefix);
    }

    /// <summary>A frame whose plotting area is square: the outer rectangle loses the excess width or height, centred.</summary>
    private static PlotFrame Square(Rect outer, AxisSpec x, AxisSpec y, double fontSize, TextMeasurer m)
    {
        var first = PlotFrame.Create(outer, x, y, fontSize, m, Plot);
        var excess = first.Area.Width - first.Area.Height;
        var squared = excess > 0
            ? new Rect(outer.X + excess / 2, outer.Y, outer.Width - excess, outer.Height)
            : new Rect(outer.X, outer.Y, outer.Width, outer.Height + excess);
        return PlotFrame.Create(squared, x, y, fontSize, m, Plot);
    }

    private static Stroke PooledStroke(DiagnosticPlotOptions o) => new Stroke(o.LineColor, 1.25).Dashed(5, 3);

    private static string MeasureName(EffectMeasure measure) => measure == EffectMeasure.PETO ? "Peto OR" : measure.ToString();

    private static double InverseVariance(LabbeStudy s, EffectMeasure measure)
    {
        var effect = EffectSizeCalculator.Compute(measure, s.Arms, s.Arms.HasZeroCell ? Increment : 0);
        return effect is { Vi: > 0 } e
            ? 1 / e.Vi
            : throw new ArgumentException($"{Plot}: study '{s.Label}': its {measure} and variance cannot be computed from {Count(s.Arms.EventsE)}/{Count(s.Arms.NE)} and {Count(s.Arms.EventsC)}/{Count(s.Arms.NC)}; give the study a Weight");
    }

    private static void Validate(LabbeInput input)
    {
        if (input.Measure is not (EffectMeasure.RR or EffectMeasure.OR or EffectMeasure.PETO or EffectMeasure.RD))
        {
            throw new ArgumentException($"{Plot}: measure {input.Measure} is not a two-arm binary measure; use RR, OR, PETO or RD", nameof(input));
        }

        if (input.Studies.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"{Plot}: no studies; the plot needs at least one", nameof(input));
        }

        if (!double.IsFinite(input.Estimate))
        {
            throw new ArgumentException($"{Plot}: the pooled estimate must be a finite number, got {input.Estimate}", nameof(input));
        }

        for (var i = 0; i < input.Studies.Length; i++)
        {
            var s = input.Studies[i] ?? throw new ArgumentException($"{Plot}: study {i + 1} is null", nameof(input));
            DiagnosticFigure.RequireLabel(s.Label, i, Plot);
            var a = s.Arms ?? throw new ArgumentException($"{Plot}: study '{s.Label}' has no arm data", nameof(input));
            foreach (var (arm, events, n) in new[] { ("experimental", a.EventsE, a.NE), ("control", a.EventsC, a.NC) })
            {
                if (!(n > 0) || double.IsInfinity(n) || !(events >= 0) || events > n)
                {
                    throw new ArgumentException($"{Plot}: study '{s.Label}': {arm} arm has {Count(events)} events of {Count(n)}; need a total > 0 and 0 ≤ events ≤ total", nameof(input));
                }
            }

            if (s.Weight is { } w && (!(w > 0) || double.IsInfinity(w)))
            {
                throw new ArgumentException($"{Plot}: study '{s.Label}': weight must be a finite number > 0, got {w.ToString(CultureInfo.InvariantCulture)}", nameof(input));
            }
        }
    }

    private static string Count(double n) => n.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Format(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
