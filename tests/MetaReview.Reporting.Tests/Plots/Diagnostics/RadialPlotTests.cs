using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Plots.Diagnostics;
using MetaReview.Reporting.Tests.Support;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Reporting.Tests.Plots.Diagnostics;

public class RadialPlotTests
{
    internal static RadialInput BcgReml => new(
        [.. BcgDiagnostics.Labels.Select((l, i) => new RadialStudy(l, BcgDiagnostics.Yi[i], BcgDiagnostics.Vi[i]))],
        BcgDiagnostics.ReEstimate,
        BcgDiagnostics.ReTau2,
        EffectMeasure.RR);

    /// <summary>The coordinates are metafor's radial(res) for the REML model of the BCG trials.</summary>
    [Fact]
    public void BcgReml_PointsAreMetaforsRadial()
    {
        var points = RadialPlot.Points(BcgReml);
        for (var i = 0; i < points.Length; i++)
        {
            Assert.Equal(BcgDiagnostics.Labels[i], points[i].Label);
            Assert.Equal(BcgDiagnostics.RadialX[i], points[i].X, 1e-12);
            Assert.Equal(BcgDiagnostics.RadialZ[i], points[i].Z, 1e-12);
        }
    }

    /// <summary>
    /// The arc is a circle on the page around the origin, every study lies inside it, and the line from the origin
    /// through a study meets the arc where the arc's scale reads the study's estimate: the slope on the page of
    /// each study equals that of the point of the arc for its yi.
    /// </summary>
    [Fact]
    public void BcgReml_ArcIsACircleAndReadsOffTheEstimates()
    {
        var scene = RadialPlot.Create(BcgReml);
        var svg = DiagnosticChecks.Check(scene, "diag-radial-bcg-reml", "diag-radial-bcg-reml");
        Assert.Equal<string>(["0.15", "0.2", "0.3", "0.5", "0.7", "1", "1.5", "2", "Risk ratio"], BaujatPlotTests.Texts(scene, "radial-arc"));
        Assert.Contains("xᵢ = 1/√(vᵢ + τ²)", SvgDocument.Texts(svg));

        var model = Group(scene, "radial-model");
        var estimateLine = model.Children.OfType<LineElement>().Last();
        var origin = estimateLine.From;
        var arc = Group(scene, "radial-arc").Children.OfType<PolylineElement>().Single();
        var radius = Distance(arc.Points[0], origin);
        Assert.All(arc.Points, p => Assert.Equal(radius, Distance(p, origin), 1e-9));
        Assert.Equal(radius, Distance(estimateLine.To, origin), 1e-9);

        var centres = Group(scene, "radial-studies").Children.Cast<GroupElement>().Select(g => g.Children.OfType<CircleElement>().Single().Center).ToList();
        Assert.All(centres, c => Assert.True(Distance(c, origin) < radius));

        // The slope of the pooled line on the page fixes the ratio of the scales; each study's page slope is yi times it.
        var pageSlopePerUnit = (origin.Y - estimateLine.To.Y) / (estimateLine.To.X - origin.X) / BcgDiagnostics.ReEstimate;
        for (var i = 0; i < centres.Count; i++)
        {
            var slope = (origin.Y - centres[i].Y) / (centres[i].X - origin.X);
            Assert.Equal(BcgDiagnostics.Yi[i] * pageSlopePerUnit, slope, 1e-9);
        }
    }

    [Fact]
    public void BcgFixedEffect_WithLabels_NumbersCrowdedStudies()
    {
        var input = BcgReml with { Estimate = BcgDiagnostics.FeEstimate, Tau2 = 0 };
        var scene = RadialPlot.Create(input, new DiagnosticPlotOptions { LabelStudies = true, Title = "Radial plot, BCG trials (fixed effect)" });
        var svg = DiagnosticChecks.Check(scene, "diag-radial-bcg-fe-labels");
        Assert.Contains("zᵢ = yᵢ/√vᵢ", SvgDocument.Texts(svg));
        Assert.Equal(13, BaujatPlotTests.Texts(scene, "radial-labels").Count);
    }

    [Fact]
    public void BadInput_IsNamed()
    {
        var studies = BcgReml.Studies.SetItem(2, BcgReml.Studies[2] with { Vi = 0 });
        var e = Assert.Throws<ArgumentException>(() => RadialPlot.Create(BcgReml with { Studies = studies }));
        Assert.StartsWith("Radial plot: study 'Rosenthal et al, 1960': vi must be a finite number > 0, got 0", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => RadialPlot.Create(BcgReml with { Tau2 = -0.1 }));
        Assert.StartsWith("Radial plot: tau² must be a finite number ≥ 0, got -0.1", e.Message, StringComparison.Ordinal);
    }

    private static GroupElement Group(Scene scene, string id) => scene.Elements.OfType<GroupElement>().Single(g => g.Id == id);

    private static double Distance(Point a, Point b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
}
