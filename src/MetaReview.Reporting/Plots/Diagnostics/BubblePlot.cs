using System.Globalization;
using MathNet.Numerics.Distributions;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Layout;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>
/// The bubble plot of a meta-regression on one moderator (Thompson SG, Higgins JPT. How should
/// meta-regression analyses be undertaken and interpreted? Stat Med 2002;21:1559–73, doi:10.1002/sim.1187):
/// each study's estimate against its moderator value, a bubble whose area is its weight 1/(vᵢ + tau²), with
/// the fitted line and its confidence band b₀ + b₁x ± c·√(Var b₀ + 2x·Cov + x²·Var b₁), c the normal (or t)
/// quantile. metafor: <c>regplot(res)</c>.
/// </summary>
public static class BubblePlot
{
    private const string Plot = "Bubble plot";
    private const int BandSteps = 100;

    /// <summary>The fitted value at <paramref name="x"/> with its standard error and confidence interval.</summary>
    public static BubbleFit Fit(BubbleInput input, double x)
    {
        ArgumentNullException.ThrowIfNull(input);
        var se = Math.Sqrt(Math.Max(0, input.InterceptVariance + 2 * x * input.Covariance + x * x * input.SlopeVariance));
        var c = CriticalValue(input);
        var estimate = input.Intercept + input.Slope * x;
        return new BubbleFit(x, estimate, se, estimate - c * se, estimate + c * se);
    }

    /// <exception cref="ArgumentException">
    /// No studies; a study without a label, with a non-finite moderator or yᵢ, or a vᵢ not &gt; 0; non-finite
    /// coefficients; negative variances; tau² &lt; 0; a confidence level outside (0, 1); or df &lt; 1.
    /// </exception>
    public static Scene Create(BubbleInput input, DiagnosticPlotOptions? options = null, TextMeasurer? measurer = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var f = Figure.Create(options, measurer, Plot, "bubble");
        var (o, m, prefix, text) = (f.Options, f.Measurer, f.Prefix, f.Text);
        Validate(input);
        var studies = input.Studies;

        var (xLo, xHi) = AxisSpec.Padded(studies.Select(s => s.X));
        var band = Enumerable.Range(0, BandSteps + 1).Select(i => Fit(input, xLo + (xHi - xLo) * i / BandSteps)).ToList();
        var (yLo, yHi) = AxisSpec.Padded(studies.Select(s => s.Yi).Concat(band.Select(b => b.CiLower)).Concat(band.Select(b => b.CiUpper)));
        var level = (input.ConfidenceLevel * 100).ToString("0.##", CultureInfo.InvariantCulture);
        var legend = Legend.Create(
            [
                new LegendItem($"Fitted line (slope {Format(input.Slope)})") { Line = new Stroke(o.LineColor, 1.25) },
                new LegendItem($"{level}% confidence band") { Fill = o.LineColor, FillOpacity = 0.15, Line = BandEdge(o) },
                new LegendItem("Bubble area by weight") { Marker = true, Fill = DiagnosticFigure.PointFill, MarkerStroke = DiagnosticFigure.PointStroke },
            ],
            f.ContentWidth,
            text,
            m);
        var frame = PlotFrame.Create(
            f.Body(legend.Height + DiagnosticFigure.SectionGap),
            new AxisSpec(xLo, xHi, o.XAxisTitle ?? "Moderator"),
            new AxisSpec(yLo, yHi, o.YAxisTitle ?? EffectTitle(input.Measure)),
            o.FontSize,
            m,
            Plot);

        var weights = studies.Select(s => 1 / (s.Vi + input.Tau2)).ToList();
        var maxRadius = Math.Max(3, Math.Min(frame.Area.Width, frame.Area.Height) * 0.05);
        var radii = weights.Select(w => Math.Max(1.5, maxRadius * Math.Sqrt(w / weights.Max()))).ToList();
        var centres = studies.Select(s => frame.Map(s.X, s.Yi)).ToList();
        var (labels, key) = f.Labels(o.LabelStudies == true, [.. studies.Select(s => s.Label)], centres, radii, frame.Area);

        var canvas = f.Canvas(f.HeightWith(key));
        frame.Draw(canvas);
        using (canvas.Group(prefix + "-fit", $"Fitted line {Format(input.Intercept)} + {Format(input.Slope)} × moderator with its {level}% confidence band"))
        {
            var upper = band.Select(b => frame.Map(b.X, b.CiUpper)).ToList();
            var lower = band.Select(b => frame.Map(b.X, b.CiLower)).ToList();
            canvas.Add(new PolygonElement { Points = [.. upper, .. Enumerable.Reverse(lower)], Fill = o.LineColor, Opacity = 0.15 });
            canvas.Polyline(upper, BandEdge(o));
            canvas.Polyline(lower, BandEdge(o));
            canvas.Line(frame.MapX(xLo), frame.MapY(band[0].Estimate), frame.MapX(xHi), frame.MapY(band[^1].Estimate), new Stroke(o.LineColor, 1.25));
        }

        using (canvas.Group(prefix + "-studies", "Studies"))
        {
            foreach (var i in Enumerable.Range(0, studies.Length).OrderByDescending(i => radii[i]).ThenBy(i => i))
            {
                var s = studies[i];
                using (canvas.Group(title: $"{s.Label}: moderator {Format(s.X)}, yi {Format(s.Yi)}, vi {Format(s.Vi)}"))
                {
                    canvas.Add(new CircleElement { Center = centres[i], Radius = radii[i], Fill = DiagnosticFigure.PointFill, Stroke = DiagnosticFigure.PointStroke, Opacity = 0.8 });
                }
            }
        }

        legend.Draw(canvas, DiagnosticFigure.Margin, f.Height - DiagnosticFigure.Margin - legend.Height, f.ContentWidth, prefix + "-legend");
        f.Draw(canvas, labels, key);
        return canvas.ToScene(
            "Bubble plot",
            $"Bubble plot of {studies.Length} {(studies.Length == 1 ? "study" : "studies")}: estimate against the moderator, bubble areas by weight, "
            + $"with the fitted line (intercept {Format(input.Intercept)}, slope {Format(input.Slope)}) and its {level}% confidence band.",
            prefix);
    }

    /// <summary>The vertical axis' title for a measure: "Log risk ratio" for ratios, the measure's name otherwise.</summary>
    internal static string EffectTitle(EffectMeasure measure) => measure switch
    {
        EffectMeasure.GEN => "Estimate",
        _ when measure.IsRatio() => "Log " + char.ToLowerInvariant(measure.DisplayName()[0]) + measure.DisplayName()[1..],
        _ => measure.DisplayName(),
    };

    private static double CriticalValue(BubbleInput input)
    {
        var p = 1 - (1 - input.ConfidenceLevel) / 2;
        return input.Df is { } df ? StudentT.InvCDF(0, 1, df, p) : Normal.InvCDF(0, 1, p);
    }

    private static Stroke BandEdge(DiagnosticPlotOptions o) => new Stroke(o.LineColor, 0.75).Dashed(3, 2);

    private static void Validate(BubbleInput input)
    {
        if (input.Studies.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"{Plot}: no studies; the plot needs at least one", nameof(input));
        }

        foreach (var (name, value) in new[] { ("intercept", input.Intercept), ("slope", input.Slope), ("covariance", input.Covariance) })
        {
            if (!double.IsFinite(value))
            {
                throw new ArgumentException($"{Plot}: the {name} must be a finite number, got {value}", nameof(input));
            }
        }

        foreach (var (name, value) in new[] { ("variance of the intercept", input.InterceptVariance), ("variance of the slope", input.SlopeVariance), ("tau²", input.Tau2) })
        {
            if (!(value >= 0) || double.IsInfinity(value))
            {
                throw new ArgumentException($"{Plot}: the {name} must be a finite number ≥ 0, got {value}", nameof(input));
            }
        }

        if (!(input.ConfidenceLevel > 0 && input.ConfidenceLevel < 1))
        {
            throw new ArgumentException($"{Plot}: the confidence level must be between 0 and 1 (e.g. 0.95), got {input.ConfidenceLevel}", nameof(input));
        }

        if (input.Df is < 1)
        {
            throw new ArgumentException($"{Plot}: the degrees of freedom of a t-based band must be ≥ 1, got {input.Df}", nameof(input));
        }

        for (var i = 0; i < input.Studies.Length; i++)
        {
            var s = input.Studies[i] ?? throw new ArgumentException($"{Plot}: study {i + 1} is null", nameof(input));
            DiagnosticFigure.RequireLabel(s.Label, i, Plot);
            DiagnosticFigure.RequireFinite(s.X, "the moderator", s.Label, Plot);
            DiagnosticFigure.RequireFinite(s.Yi, "yi", s.Label, Plot);
            if (!(s.Vi > 0) || double.IsInfinity(s.Vi))
            {
                throw new ArgumentException($"{Plot}: study '{s.Label}': vi must be a finite number > 0, got {s.Vi.ToString(CultureInfo.InvariantCulture)}", nameof(input));
            }
        }
    }

    private static string Format(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
}
