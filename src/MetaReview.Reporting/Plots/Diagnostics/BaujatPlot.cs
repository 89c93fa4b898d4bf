using System.Globalization;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Layout;

namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>
/// The Baujat plot (Baujat B, Mahé C, Pignon JP, Hill C. A graphical method for exploring heterogeneity in
/// meta-analyses. Stat Med 2002;21:2641–52, doi:10.1002/sim.1221): each study's contribution to the
/// heterogeneity (x) against its influence on the pooled result (y). Studies in the top right both drive the
/// heterogeneity and move the result. Every point is labelled with its study's name; when the names cannot
/// all be placed without overlapping, the points are numbered and a key under the plot names them.
/// metafor: <c>baujat(res)</c>.
/// </summary>
public static class BaujatPlot
{
    private const string Plot = "Baujat plot";
    private const double PointRadius = 2.6;

    /// <exception cref="ArgumentException">No studies, a study without a label, or a coordinate that is not a finite number ≥ 0.</exception>
    public static Scene Create(IReadOnlyList<BaujatStudy> studies, DiagnosticPlotOptions? options = null, TextMeasurer? measurer = null)
    {
        ArgumentNullException.ThrowIfNull(studies);
        var f = Figure.Create(options, measurer, Plot, "baujat");
        var o = f.Options;
        Validate(studies);
        var (xMin, xMax) = AxisSpec.Padded(studies.Select(s => s.X));
        var (yMin, yMax) = AxisSpec.Padded(studies.Select(s => s.Y));
        var frame = PlotFrame.Create(
            f.Body(),
            new AxisSpec(xMin, xMax, o.XAxisTitle ?? "Contribution to heterogeneity (squared Pearson residual)"),
            new AxisSpec(yMin, yMax, o.YAxisTitle ?? "Influence on the pooled result"),
            o.FontSize,
            f.Measurer,
            Plot);
        var centres = studies.Select(s => frame.Map(s.X, s.Y)).ToList();
        var (labels, key) = f.Labels(o.LabelStudies ?? true, [.. studies.Select(s => s.Label)], centres, [.. centres.Select(_ => PointRadius)], frame.Area);

        var canvas = f.Canvas(f.HeightWith(key));
        frame.Draw(canvas);
        using (canvas.Group(f.Prefix + "-studies", "Studies"))
        {
            for (var i = 0; i < studies.Count; i++)
            {
                var s = studies[i];
                using (canvas.Group(title: $"{s.Label}: contribution to heterogeneity {Num(s.X)}, influence {Num(s.Y)}"))
                {
                    canvas.Circle(centres[i].X, centres[i].Y, PointRadius, DiagnosticFigure.PointFill, DiagnosticFigure.PointStroke);
                }
            }
        }

        f.Draw(canvas, labels, key);
        return canvas.ToScene(
            "Baujat plot",
            $"Baujat plot of {studies.Count} {(studies.Count == 1 ? "study" : "studies")}: each study's contribution to the heterogeneity (x) against its influence on the pooled result (y).",
            f.Prefix);
    }

    private static void Validate(IReadOnlyList<BaujatStudy> studies)
    {
        if (studies.Count == 0)
        {
            throw new ArgumentException($"{Plot}: no studies; the plot needs at least one", nameof(studies));
        }

        for (var i = 0; i < studies.Count; i++)
        {
            var s = studies[i] ?? throw new ArgumentException($"{Plot}: study {i + 1} is null", nameof(studies));
            DiagnosticFigure.RequireLabel(s.Label, i, Plot);
            foreach (var (field, value) in new[] { ("X (contribution to heterogeneity)", s.X), ("Y (influence)", s.Y) })
            {
                DiagnosticFigure.RequireFinite(value, field, s.Label, Plot);
                if (value < 0)
                {
                    throw new ArgumentException($"{Plot}: study '{s.Label}': {field} is a squared quantity and must be ≥ 0, got {value.ToString(CultureInfo.InvariantCulture)}", nameof(studies));
                }
            }
        }
    }

    private static string Num(double v) => v.ToString("G4", CultureInfo.InvariantCulture);
}
