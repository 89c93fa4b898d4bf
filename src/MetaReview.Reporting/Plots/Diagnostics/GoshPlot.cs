using System.Globalization;
using System.Runtime.CompilerServices;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Layout;

namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>
/// The GOSH plot (graphical display of study heterogeneity: Olkin I, Dahabreh IJ, Trikalinos TA. GOSH – a
/// graphical display of study heterogeneity. Res Synth Methods 2012;3:214–23, doi:10.1002/jrsm.1053): I² against
/// the pooled estimate of every subset of the studies, with the distribution of each on the margins
/// (histograms of the estimates above, of I² on the right). Up to <see cref="DiagnosticPlotOptions.GoshScatterLimit"/>
/// subsets are drawn as translucent points; more are counted in hexagons shaded by density in a few classes
/// (see the legend), so that a million subsets draw in well under a second and the SVG stays a few hundred
/// hexagons small. Clusters in the plot point to studies that shift the estimate or the heterogeneity.
/// metafor: <c>plot(gosh(res))</c>.
/// </summary>
public static class GoshPlot
{
    private const string Plot = "GOSH plot";
    private const int HistogramBins = 50;
    private const double StripGap = 4;

    /// <exception cref="ArgumentException">
    /// The arrays differ in length or are empty; no subset has both values; or an I² outside 0 to 100.
    /// </exception>
    public static Scene Create(GoshPoints points, DiagnosticPlotOptions? options = null, TextMeasurer? measurer = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        var f = Figure.Create(options, measurer, Plot, "gosh");
        var (o, m, prefix, text, width, height) = (f.Options, f.Measurer, f.Prefix, f.Text, f.Width, f.Height);
        if (o.GoshScatterLimit < 0 || !(o.GoshHexagonRadius > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"{Plot}: GoshScatterLimit must be ≥ 0 and GoshHexagonRadius > 0 points, got {o.GoshScatterLimit} and {o.GoshHexagonRadius}");
        }

        var estimates = points.Estimates.IsDefault ? [] : points.Estimates.AsSpan();
        var i2 = points.I2.IsDefault ? [] : points.I2.AsSpan();
        var (n, xMin, xMax, yMin, yMax) = Summarise(estimates, i2);
        var binned = n > o.GoshScatterLimit;

        var (xLo, xHi) = AxisSpec.Padded([xMin, xMax]);
        var (yLo, yHi) = AxisSpec.Padded([yMin, yMax]);
        var top = f.Top;
        var strip = 0.14 * Math.Min(width, height - top);

        // The legend's classes are known only after counting, which needs the layout: reserve the height of the
        // tallest legend any largest count up to n can give.
        var legendReserve = binned ? LegendReserve(n, width - 2 * DiagnosticFigure.Margin, text, m) + DiagnosticFigure.SectionGap : 0;
        var outer = Rect.FromEdges(DiagnosticFigure.Margin, top + strip + StripGap, width - DiagnosticFigure.Margin - strip - StripGap, height - DiagnosticFigure.Margin - legendReserve);
        var frame = PlotFrame.Create(
            outer,
            new AxisSpec(xLo, xHi, o.XAxisTitle ?? BubblePlot.EffectTitle(points.Measure)),
            new AxisSpec(yLo, yHi, o.YAxisTitle ?? "I² (%)"),
            o.FontSize,
            m,
            Plot);
        var area = frame.Area;

        // Page position = scale · value + offset, for the one pass over the points.
        var sx = (frame.MapX(xHi) - frame.MapX(xLo)) / (xHi - xLo);
        var ox = frame.MapX(xLo) - sx * xLo;
        var sy = (frame.MapY(yHi) - frame.MapY(yLo)) / (yHi - yLo);
        var oy = frame.MapY(yLo) - sy * yLo;
        var xHistogram = new int[HistogramBins];
        var yHistogram = new int[HistogramBins];
        // At most 1.5 % of the area, so that hexagons at the data's edge stay inside the 4 % padding.
        var radius = Math.Clamp(o.GoshHexagonRadius, 1, 0.015 * Math.Min(area.Width, area.Height));
        var hexagons = binned ? new HexBins(area, radius) : null;
        var canvas = f.Canvas(height);
        frame.Draw(canvas);

        var page = new Affine(sx, ox, sy, oy, xLo, xHi, yLo, yHi);
        var scatter = hexagons is null ? new List<Point>(n) : null;
        Count(estimates, i2, page, hexagons, scatter, xHistogram, yHistogram);
        using (canvas.Group(prefix + "-subsets", binned ? "Subsets, counted in hexagons" : "Subsets"))
        {
            var opacity = Math.Clamp(30 / Math.Sqrt(Math.Max(1, n)), 0.15, 0.9);
            foreach (var p in scatter ?? [])
            {
                canvas.Add(new CircleElement { Center = p, Radius = 1.6, Fill = Color.Black, Opacity = opacity });
            }

            if (hexagons is not null)
            {
                DrawHexagons(canvas, hexagons, text, width, height, prefix, m);
            }
        }

        using (canvas.Group(prefix + "-margins", "Histograms of the estimates (top) and of I² (right)"))
        {
            var fill = Color.FromHex("#8c8c8c");
            canvas.Path(Bars(xHistogram, area.Left, area.Right, area.Top - StripGap, -strip, horizontal: true), fill);
            canvas.Path(Bars(yHistogram, area.Bottom, area.Top, area.Right + StripGap, strip, horizontal: false), fill);
        }

        var missing = estimates.Length - n;
        return canvas.ToScene(
            "GOSH plot",
            $"GOSH plot of {PlotText.Count(n)} subsets: I² against the pooled estimate{(binned ? ", density in shaded hexagons" : string.Empty)}, "
            + $"with histograms of the estimates (top) and of I² (right).{missing switch { 0 => string.Empty, 1 => " 1 subset with a missing value is not drawn.", _ => $" {PlotText.Count(missing)} subsets with a missing value are not drawn." }}",
            prefix);
    }

    /// <summary>
    /// The one pass over the subsets: page positions into the hexagons (or the scatter list) and values into the
    /// marginal histograms. Optimised at once rather than tiered: it runs once per plot, over up to millions of points.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Count(ReadOnlySpan<double> estimates, ReadOnlySpan<double> i2, Affine page, HexBins? hexagons, List<Point>? scatter, int[] xHistogram, int[] yHistogram)
    {
        var xBin = HistogramBins / (page.XHi - page.XLo);
        var yBin = HistogramBins / (page.YHi - page.YLo);
        for (var i = 0; i < estimates.Length; i++)
        {
            var x = estimates[i];
            var y = i2[i];
            if (double.IsNaN(x) || double.IsNaN(y))
            {
                continue;
            }

            xHistogram[Math.Min(HistogramBins - 1, (int)((x - page.XLo) * xBin))]++;
            yHistogram[Math.Min(HistogramBins - 1, (int)((y - page.YLo) * yBin))]++;
            var px = page.Sx * x + page.Ox;
            var py = page.Sy * y + page.Oy;
            if (hexagons is null)
            {
                scatter!.Add(new Point(px, py));
            }
            else
            {
                hexagons.Add(px, py);
            }
        }
    }

    private static void DrawHexagons(Canvas canvas, HexBins hexagons, TextStyle text, double width, double height, string prefix, TextMeasurer m)
    {
        var cells = hexagons.Cells().ToList();
        var levels = DensityLevels.For(cells.Max(c => c.Count));
        for (var level = 0; level < levels.Count; level++)
        {
            var path = new PathBuilder();
            var any = false;
            foreach (var (centre, count) in cells)
            {
                if (levels.LevelOf(count) == level)
                {
                    hexagons.Hexagon(path, centre);
                    any = true;
                }
            }

            if (any)
            {
                // A hairline of the fill's colour closes the anti-aliasing seams between neighbouring hexagons.
                var color = levels.ColorOf(level);
                canvas.Path(path, color, new Stroke(color, 0.3) { Join = LineJoin.Round });
            }
        }

        var legend = Legend.Create(LegendItems(levels), width - 2 * DiagnosticFigure.Margin, text, m);
        legend.Draw(canvas, DiagnosticFigure.Margin, height - DiagnosticFigure.Margin - legend.Height, width - 2 * DiagnosticFigure.Margin, prefix + "-legend");
    }

    private static double LegendReserve(int n, double width, TextStyle text, TextMeasurer m)
    {
        var candidates = new List<int> { n };
        for (long power = 1; power <= n; power *= 10)
        {
            candidates.AddRange(new[] { 2 * power - 1, 5 * power - 1, 10 * power - 1 }.Where(c => c >= 1 && c <= n).Select(c => (int)c));
        }

        return candidates.Max(c => Legend.Create(LegendItems(DensityLevels.For(c)), width, text, m).Height);
    }

    private static List<LegendItem> LegendItems(DensityLevels levels)
    {
        var items = new List<LegendItem> { new("Subsets per hexagon:") };
        items.AddRange(Enumerable.Range(0, levels.Count).Select(l => new LegendItem(levels.Label(l)) { Fill = levels.ColorOf(l), SymbolWidth = 10 }));
        return items;
    }

    /// <summary>
    /// A histogram as one path of bars: bins spread from <paramref name="from"/> to <paramref name="to"/> along the
    /// axis, bars growing from <paramref name="baseline"/> by up to <paramref name="length"/> (negative: up or left).
    /// </summary>
    private static PathBuilder Bars(int[] counts, double from, double to, double baseline, double length, bool horizontal)
    {
        var path = new PathBuilder();
        var max = counts.Max();
        var step = (to - from) / counts.Length;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] == 0)
            {
                continue;
            }

            var a = from + i * step;
            var b = a + step;
            var tip = baseline + length * counts[i] / max;
            if (horizontal)
            {
                path.MoveTo(a, baseline).LineTo(b, baseline).LineTo(b, tip).LineTo(a, tip).Close();
            }
            else
            {
                path.MoveTo(baseline, a).LineTo(baseline, b).LineTo(tip, b).LineTo(tip, a).Close();
            }
        }

        return path;
    }

    /// <summary>Page position = S · value + O on each axis, and the (padded) domains.</summary>
    private readonly record struct Affine(double Sx, double Ox, double Sy, double Oy, double XLo, double XHi, double YLo, double YHi);

    /// <summary>Checks the arrays and finds, in one pass, how many subsets have both values and their ranges.</summary>
    private static (int N, double XMin, double XMax, double YMin, double YMax) Summarise(ReadOnlySpan<double> estimates, ReadOnlySpan<double> i2)
    {
        if (estimates.Length != i2.Length)
        {
            throw new ArgumentException($"{Plot}: {estimates.Length} estimates but {i2.Length} I² values; give one of each per subset");
        }

        var n = 0;
        double xMin = double.PositiveInfinity, xMax = double.NegativeInfinity, yMin = double.PositiveInfinity, yMax = double.NegativeInfinity;
        for (var i = 0; i < estimates.Length; i++)
        {
            var x = estimates[i];
            var y = i2[i];
            if (double.IsNaN(x) || double.IsNaN(y))
            {
                continue;
            }

            if (double.IsInfinity(x) || !(y >= 0 && y <= 100))
            {
                throw new ArgumentException($"{Plot}: subset {(i + 1).ToString(CultureInfo.InvariantCulture)} has estimate {x.ToString(CultureInfo.InvariantCulture)} and I² {y.ToString(CultureInfo.InvariantCulture)}; need a finite estimate and I² from 0 to 100 (percent)");
            }

            n++;
            xMin = Math.Min(xMin, x);
            xMax = Math.Max(xMax, x);
            yMin = Math.Min(yMin, y);
            yMax = Math.Max(yMax, y);
        }

        if (n == 0)
        {
            throw new ArgumentException($"{Plot}: no subset has both an estimate and an I² ({estimates.Length} given); nothing to draw");
        }

        return (n, xMin, xMax, yMin, yMax);
    }
}
