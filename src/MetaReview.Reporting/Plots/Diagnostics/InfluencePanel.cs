using System.Collections.Immutable;
using System.Globalization;
using MathNet.Numerics.Distributions;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Axes;
using MetaReview.Reporting.Drawing.Layout;

namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>
/// The influence panel (Viechtbauer W, Cheung MWL. Outlier and influence diagnostics for meta-analysis. Res Synth
/// Methods 2010;1:112–25, doi:10.1002/jrsm.11): eight small plots, two per row, of each study's externally
/// studentized residual, DFFITS, Cook's distance, covariance ratio (log scale), tau² and Q without the study, hat
/// value and weight, against the study number; influential studies are drawn larger in the highlight colour and
/// their names are bold in the key under the panels. Dotted lines mark metafor's cut-offs and reference values:
/// ±1.96 and 0 (residuals), ±3√(p/(k − p)) (DFFITS), the median of χ²ₚ (Cook's distance), 1 (covariance ratio),
/// the full model's tau² and Q, p/k and 3p/k (hat values), 100/k (weights). metafor: <c>plot(influence(res))</c>.
/// </summary>
public static class InfluencePanel
{
    private const string Plot = "Influence panel";
    private const int Columns = 2;
    private const double ColumnGap = 18;
    private const double RowGap = 10;
    private const double NormalRadius = 2.2;
    private const double HighlightRadius = 3.2;

    /// <summary>The titles of the eight panels, in metafor's order.</summary>
    public static ImmutableArray<string> PanelTitles { get; } =
    [
        "Studentized residual", "DFFITS", "Cook's distance", "Covariance ratio (log scale)", "τ² without the study", "Q without the study", "Hat value", "Weight (%)",
    ];

    /// <exception cref="ArgumentException">
    /// No rows; a row without a label or with a non-finite value; a covariance ratio not &gt; 0; tau² &lt; 0; a
    /// non-finite Q; or p not between 1 and k − 1.
    /// </exception>
    public static Scene Create(InfluenceInput input, DiagnosticPlotOptions? options = null, TextMeasurer? measurer = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var f = Figure.Create(options, measurer, Plot, "influence", width: 560, height: 520);
        var (o, m, prefix, text, width, gridHeight) = (f.Options, f.Measurer, f.Prefix, f.Text, f.Width, f.Height);
        Validate(input);
        var panelTitle = text.AsBold();
        var rows = input.Rows;
        var k = rows.Length;
        var panels = Panels(input);

        var influential = rows.Select((r, i) => (r, i)).Where(t => t.r.Influential).Select(t => t.i).ToImmutableHashSet();
        var legendItems = new List<LegendItem>();
        if (!influential.IsEmpty)
        {
            legendItems.Add(new LegendItem("Influential study") { Marker = true, Fill = o.HighlightColor, MarkerStroke = DiagnosticFigure.PointStroke });
        }

        legendItems.Add(new LegendItem("Cut-off or reference value") { Line = DiagnosticFigure.Reference });
        var contentWidth = f.ContentWidth;
        var legend = Legend.Create(legendItems, contentWidth, text, m);
        var key = StudyKey.Create([.. rows.Select(r => r.Label)], influential, contentWidth, text, m);
        var top = f.Top;
        var gridBottom = gridHeight - DiagnosticFigure.Margin;
        var legendTop = gridBottom + DiagnosticFigure.SectionGap;
        var keyTop = legendTop + legend.Height + 4;
        var height = keyTop + key.Height + DiagnosticFigure.Margin;

        var panelRows = (int)Math.Ceiling(panels.Count / (double)Columns);
        var cellWidth = (contentWidth - ColumnGap * (Columns - 1)) / Columns;
        var cellHeight = (gridBottom - top - RowGap * (panelRows - 1)) / panelRows;
        var titleHeight = m.LineBoxHeight(panelTitle) + 2;
        if (cellHeight - titleHeight < 60 || cellWidth < 120)
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"{Plot}: {width:0.#} × {gridHeight:0.#} pt leaves {cellWidth:0} × {cellHeight - titleHeight:0} pt per panel; make it larger or the font smaller");
        }

        var (xLo, xHi) = AxisSpec.Padded([1.0, k]);
        var xSpec = new AxisSpec(xLo, xHi, null) { Ticks = StudyTicks(k) };
        var style = PlotFrame.AxisStyleFor(o.FontSize);

        // Panels in a column share their left edge: each gets the room of the widest y labels of its column.
        var ySpecs = panels.Select(p => p.YSpec).ToList();
        var leftSpace = new double[Columns];
        for (var i = 0; i < panels.Count; i++)
        {
            leftSpace[i % Columns] = Math.Max(leftSpace[i % Columns], PlotFrame.LeftSpace(ySpecs[i].Build(1, 0), style, null, m));
        }

        var canvas = f.Canvas(height);
        for (var i = 0; i < panels.Count; i++)
        {
            var panel = panels[i];
            var column = i % Columns;
            var cellLeft = DiagnosticFigure.Margin + column * (cellWidth + ColumnGap);
            var cellTop = top + (i / Columns) * (cellHeight + RowGap);
            var indent = leftSpace[column] - PlotFrame.LeftSpace(ySpecs[i].Build(1, 0), style, null, m);
            var frame = PlotFrame.Create(Rect.FromEdges(cellLeft + indent, cellTop + titleHeight, cellLeft + cellWidth, cellTop + cellHeight), xSpec, ySpecs[i], o.FontSize, m, Plot);
            using (canvas.Group($"{prefix}-panel-{(i + 1).ToString(CultureInfo.InvariantCulture)}", panel.Title))
            {
                canvas.Text(panel.Title, frame.Area.Left, cellTop, panelTitle, TextAnchor.Start, TextBaseline.Top);
                frame.Draw(canvas);
                foreach (var reference in panel.References)
                {
                    frame.Segment(canvas, xLo, reference, xHi, reference, DiagnosticFigure.Reference);
                }

                var centres = rows.Select((r, j) => frame.Map(j + 1, panel.Value(r))).ToList();
                canvas.Polyline(centres, new Stroke(Color.FromHex("#737373"), 0.75));
                for (var j = 0; j < k; j++)
                {
                    var hot = rows[j].Influential;
                    using (canvas.Group(title: $"{(j + 1).ToString(CultureInfo.InvariantCulture)} {rows[j].Label}: {panel.Title} {Format(panel.Value(rows[j]))}{(hot ? " (influential)" : string.Empty)}"))
                    {
                        canvas.Circle(centres[j].X, centres[j].Y, hot ? HighlightRadius : NormalRadius, hot ? o.HighlightColor : DiagnosticFigure.PointFill, DiagnosticFigure.PointStroke);
                    }
                }
            }
        }

        legend.Draw(canvas, DiagnosticFigure.Margin, legendTop, contentWidth, prefix + "-legend");
        key.Draw(canvas, DiagnosticFigure.Margin, keyTop, prefix + "-key");
        return canvas.ToScene(
            "Influence diagnostics",
            $"Influence diagnostics of {k} studies (numbered as in the key): studentized residuals, DFFITS, Cook's distances, covariance ratios, "
            + $"tau² and Q without each study, hat values and weights; {(influential.IsEmpty ? "no study is" : $"{influential.Count} {(influential.Count == 1 ? "study is" : "studies are")}")} influential.",
            prefix);
    }

    /// <summary>The reference values of each panel, in the order of <see cref="PanelTitles"/>.</summary>
    internal static IReadOnlyList<double[]> ReferenceLines(InfluenceInput input) => [.. Panels(input).Select(p => p.References)];

    private sealed record Panel(string Title, Func<InfluenceRow, double> Value, double[] References, AxisSpec YSpec);

    private static List<Panel> Panels(InfluenceInput input)
    {
        var k = input.Rows.Length;
        double p = input.P;
        var z = Normal.InvCDF(0, 1, 0.975);
        var dffits = 3 * Math.Sqrt(p / (k - p));
        (string Title, Func<InfluenceRow, double> Value, double[] References, bool Log)[] definitions =
        [
            (PanelTitles[0], r => r.RStudent, [-z, 0, z], false),
            (PanelTitles[1], r => r.Dffits, [-dffits, dffits], false),
            (PanelTitles[2], r => r.CookD, [ChiSquared.InvCDF(p, 0.5)], false),
            (PanelTitles[3], r => r.CovR, [1], true),
            (PanelTitles[4], r => r.Tau2Del, [input.Tau2], false),
            (PanelTitles[5], r => r.QeDel, [input.Q], false),
            (PanelTitles[6], r => r.Hat, [p / k, 3 * p / k], false),
            (PanelTitles[7], r => r.WeightPercent, [100.0 / k], false),
        ];
        return
        [
            .. definitions.Select(d =>
            {
                var kind = d.Log ? ScaleKind.Log : ScaleKind.Linear;
                var (lo, hi) = AxisSpec.Padded(input.Rows.Select(d.Value).Concat(d.References), kind);
                return new Panel(d.Title, d.Value, d.References, new AxisSpec(lo, hi, null) { Kind = kind, MaxTicks = 5, MinTicks = 3 });
            }),
        ];
    }

    /// <summary>Study numbers as ticks: every one up to 15 studies, else round numbers.</summary>
    private static ImmutableArray<Tick> StudyTicks(int k)
    {
        var values = k <= 15
            ? Enumerable.Range(1, k).Select(i => (double)i)
            : NiceTicks.Linear(1, k, 8, extend: false).Where(v => v >= 1 && v == Math.Floor(v));
        return [.. values.Select(v => new Tick(v, v.ToString(CultureInfo.InvariantCulture)))];
    }

    private static void Validate(InfluenceInput input)
    {
        if (input.Rows.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"{Plot}: no studies; the panel needs at least one", nameof(input));
        }

        var k = input.Rows.Length;
        if (input.P < 1 || input.P >= k)
        {
            throw new ArgumentException($"{Plot}: p (number of model coefficients) must be from 1 to k − 1 = {k - 1}, got {input.P}", nameof(input));
        }

        if (!(input.Tau2 >= 0) || double.IsInfinity(input.Tau2) || !double.IsFinite(input.Q))
        {
            throw new ArgumentException($"{Plot}: the full model's tau² must be a finite number ≥ 0 and Q finite, got tau² {input.Tau2} and Q {input.Q}", nameof(input));
        }

        for (var i = 0; i < k; i++)
        {
            var r = input.Rows[i] ?? throw new ArgumentException($"{Plot}: row {i + 1} is null", nameof(input));
            DiagnosticFigure.RequireLabel(r.Label, i, Plot);
            foreach (var (field, value) in new[]
            {
                ("rstudent", r.RStudent), ("dffits", r.Dffits), ("cook.d", r.CookD), ("cov.r", r.CovR), ("tau2.del", r.Tau2Del),
                ("QE.del", r.QeDel), ("hat", r.Hat), ("weight", r.WeightPercent),
            })
            {
                DiagnosticFigure.RequireFinite(value, field, r.Label, Plot);
            }

            if (!(r.CovR > 0))
            {
                throw new ArgumentException($"{Plot}: study '{r.Label}': cov.r must be > 0 (it is drawn on a log scale), got {r.CovR.ToString(CultureInfo.InvariantCulture)}", nameof(input));
            }
        }
    }

    private static string Format(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
}
