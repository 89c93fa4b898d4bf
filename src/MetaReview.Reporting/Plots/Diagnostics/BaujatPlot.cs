using System.Collections.Immutable;
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
        var o = options ?? new DiagnosticPlotOptions();
        DiagnosticFigure.Validate(o, Plot);
        Validate(studies);
        var m = measurer ?? TextMeasurer.Default;
        var width = o.Width ?? 480;
        var height = o.Height ?? 400;
        var prefix = o.IdPrefix ?? "baujat";
        var text = new TextStyle(o.FontSize);

        var title = DiagnosticFigure.Title(o, width, m);
        var outer = Rect.FromEdges(DiagnosticFigure.Margin, DiagnosticFigure.BodyTop(title), width - DiagnosticFigure.Margin, height - DiagnosticFigure.Margin);
        var (xMin, xMax) = AxisSpec.Padded(studies.Select(s => s.X));
        var (yMin, yMax) = AxisSpec.Padded(studies.Select(s => s.Y));
        var frame = PlotFrame.Create(
            outer,
            new AxisSpec(xMin, xMax, o.XAxisTitle ?? "Contribution to heterogeneity (squared Pearson residual)"),
            new AxisSpec(yMin, yMax, o.YAxisTitle ?? "Influence on the pooled result"),
            o.FontSize,
            m,
            Plot);
        var centres = studies.Select(s => frame.Map(s.X, s.Y)).ToList();
        var labels = o.LabelStudies ?? true
            ? StudyLabels.Place(studies.Select(s => s.Label).ToList(), centres, centres.Select(_ => PointRadius).ToList(), frame.Area, text, m)
            : null;
        var key = labels is { Numbered: true }
            ? StudyKey.Create(studies.Select(s => s.Label).ToList(), ImmutableHashSet<int>.Empty, width - 2 * DiagnosticFigure.Margin, text, m)
            : null;
        var sceneHeight = key is null ? height : height + key.Height + DiagnosticFigure.SectionGap;

        var canvas = new Canvas(width, sceneHeight, m);
        title?.Draw(canvas, DiagnosticFigure.Margin, DiagnosticFigure.Margin);
        frame.Draw(canvas);
        using (canvas.Group(prefix + "-studies", "Studies"))
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

        labels?.Draw(canvas, prefix + "-labels");
        key?.Draw(canvas, DiagnosticFigure.Margin, height, prefix + "-key");
        return canvas.ToScene(
            "Baujat plot",
            $"Baujat plot of {studies.Count} {(studies.Count == 1 ? "study" : "studies")}: each study's contribution to the heterogeneity (x) against its influence on the pooled result (y).",
            prefix);
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
