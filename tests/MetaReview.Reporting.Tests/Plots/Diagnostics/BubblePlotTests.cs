using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Plots.Diagnostics;
using MetaReview.Reporting.Tests.Support;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Reporting.Tests.Plots.Diagnostics;

public class BubblePlotTests
{
    internal static BubbleInput BcgAblat => new(
        [.. BcgDiagnostics.Labels.Select((l, i) => new BubbleStudy(l, BcgDiagnostics.Ablat[i], BcgDiagnostics.Yi[i], BcgDiagnostics.Vi[i]))],
        BcgDiagnostics.RegIntercept,
        BcgDiagnostics.RegSlope,
        BcgDiagnostics.RegVarIntercept,
        BcgDiagnostics.RegVarSlope,
        BcgDiagnostics.RegCovariance)
    {
        Tau2 = BcgDiagnostics.RegTau2,
        Measure = EffectMeasure.RR,
    };

    /// <summary>The line and band are metafor's predict(reg, newmods = c(10, 30, 50)).</summary>
    [Fact]
    public void BcgAblat_FitIsMetaforsPredict()
    {
        foreach (var (x, pred, lower, upper) in BcgDiagnostics.RegPredictions)
        {
            var fit = BubblePlot.Fit(BcgAblat, x);
            Assert.Equal(pred, fit.Estimate, 1e-12);
            Assert.Equal(lower, fit.CiLower, 1e-12);
            Assert.Equal(upper, fit.CiUpper, 1e-12);
        }
    }

    /// <summary>Bubble areas are proportional to metafor's weights(reg), 1/(vi + tau²).</summary>
    [Fact]
    public void BcgAblat_BubbleAreasAreTheModelWeights()
    {
        var scene = BubblePlot.Create(BcgAblat);
        var studies = scene.Elements.OfType<GroupElement>().Single(g => g.Id == "bubble-studies").Children.Cast<GroupElement>()
            .ToDictionary(g => g.Title![..g.Title!.IndexOf(": moderator", StringComparison.Ordinal)], g => g.Children.OfType<CircleElement>().Single().Radius);
        var largest = Array.IndexOf(BcgDiagnostics.RegWeights, BcgDiagnostics.RegWeights.Max());
        var reference = studies[BcgDiagnostics.Labels[largest]];
        for (var i = 0; i < BcgDiagnostics.Labels.Length; i++)
        {
            var area = Math.Pow(studies[BcgDiagnostics.Labels[i]] / reference, 2);
            Assert.Equal(BcgDiagnostics.RegWeights[i] / BcgDiagnostics.RegWeights[largest], area, 1e-9);
        }
    }

    [Fact]
    public void BcgAblat_Snapshot()
    {
        var scene = BubblePlot.Create(BcgAblat, new DiagnosticPlotOptions { XAxisTitle = "Absolute latitude (degrees)" });
        var svg = DiagnosticChecks.Check(scene, "diag-bubble-bcg-ablat", "diag-bubble-bcg-ablat");
        Assert.Contains("Log risk ratio", SvgDocument.Texts(svg));
    }

    [Fact]
    public void BcgAblat_LabelledWithKnappHartungBand()
    {
        var scene = BubblePlot.Create(BcgAblat with { Df = 11 }, new DiagnosticPlotOptions { XAxisTitle = "Absolute latitude (degrees)", LabelStudies = true });
        DiagnosticChecks.Check(scene, "diag-bubble-bcg-ablat-labels");
    }

    [Fact]
    public void BadInput_IsNamed()
    {
        var e = Assert.Throws<ArgumentException>(() => BubblePlot.Create(BcgAblat with { ConfidenceLevel = 95 }));
        Assert.StartsWith("Bubble plot: the confidence level must be between 0 and 1 (e.g. 0.95), got 95", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => BubblePlot.Create(BcgAblat with { SlopeVariance = -1 }));
        Assert.StartsWith("Bubble plot: the variance of the slope must be a finite number ≥ 0, got -1", e.Message, StringComparison.Ordinal);
        var studies = BcgAblat.Studies.SetItem(4, BcgAblat.Studies[4] with { X = double.NaN });
        e = Assert.Throws<ArgumentException>(() => BubblePlot.Create(BcgAblat with { Studies = studies }));
        Assert.StartsWith("Bubble plot: study 'Frimodt-Moller et al, 1973': the moderator must be a finite number, got NaN", e.Message, StringComparison.Ordinal);
    }
}
