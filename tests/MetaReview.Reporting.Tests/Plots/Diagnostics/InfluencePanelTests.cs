using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Plots.Diagnostics;
using MetaReview.Reporting.Tests.Support;

namespace MetaReview.Reporting.Tests.Plots.Diagnostics;

public class InfluencePanelTests
{
    /// <summary>influence(fe) for the BCG trials: metafor flags studies 4, 6 and 8 (Hart &amp; Sutherland, Stein &amp; Aronson, TPT Madras).</summary>
    internal static InfluenceInput BcgFixedEffect => new(
        [.. BcgDiagnostics.Labels.Select((l, i) => new InfluenceRow(
            l,
            BcgDiagnostics.FeRStudent[i],
            BcgDiagnostics.FeDffits[i],
            BcgDiagnostics.FeCookD[i],
            BcgDiagnostics.FeCovR[i],
            0,
            BcgDiagnostics.FeQeDel[i],
            BcgDiagnostics.FeHat[i],
            BcgDiagnostics.FeWeight[i],
            BcgDiagnostics.FeInfluential.Contains(i + 1)))],
        0,
        BcgDiagnostics.FeQ);

    internal static InfluenceInput BcgReml => new(
        [.. BcgDiagnostics.Labels.Select((l, i) => new InfluenceRow(
            l,
            BcgDiagnostics.ReRStudent[i],
            BcgDiagnostics.ReDffits[i],
            BcgDiagnostics.ReCookD[i],
            BcgDiagnostics.ReCovR[i],
            BcgDiagnostics.ReTau2Del[i],
            BcgDiagnostics.ReQeDel[i],
            BcgDiagnostics.ReHat[i],
            BcgDiagnostics.ReWeight[i],
            false))],
        BcgDiagnostics.ReTau2,
        BcgDiagnostics.ReQ);

    [Fact]
    public void BcgFixedEffect_HighlightsStudies4_6And8InEveryPanel()
    {
        var o = new DiagnosticPlotOptions();
        var scene = InfluencePanel.Create(BcgFixedEffect, o);
        for (var panel = 1; panel <= 8; panel++)
        {
            var group = scene.Elements.OfType<GroupElement>().Single(g => g.Id == $"influence-panel-{panel}");
            Assert.Equal(InfluencePanel.PanelTitles[panel - 1], group.Title);
            var points = group.Children.OfType<GroupElement>().Select(g => g.Children.OfType<CircleElement>().Single()).ToList();
            Assert.Equal(13, points.Count);
            var highlighted = points.Select((c, i) => (c, i)).Where(t => t.c.Fill == o.HighlightColor).Select(t => t.i + 1);
            Assert.Equal(BcgDiagnostics.FeInfluential, highlighted);
        }

        var svg = DiagnosticChecks.Check(scene, "diag-influence-bcg-fe", "diag-influence-bcg-fe");
        Assert.Contains("Influential study", SvgDocument.Texts(svg));
    }

    /// <summary>
    /// The cut-offs metafor draws for k = 13, p = 1: DFFITS ±3√(1/12) = ±0.866, Cook's distance qchisq(0.5, 1) =
    /// 0.4549364, hat values 1/13 and 3/13, weights 100/13 %.
    /// </summary>
    [Fact]
    public void BcgReml_ReferenceLinesAreMetaforsCutOffs()
    {
        var lines = InfluencePanel.ReferenceLines(BcgReml);
        AssertClose([-1.959963984540054, 0, 1.959963984540054], lines[0], 1e-12);
        AssertClose([-3 * Math.Sqrt(1.0 / 12), 3 * Math.Sqrt(1.0 / 12)], lines[1], 1e-12);
        Assert.Equal(0.45493642311957283, Assert.Single(lines[2]), 1e-9);
        Assert.Equal(1, Assert.Single(lines[3]));
        Assert.Equal(BcgDiagnostics.ReTau2, Assert.Single(lines[4]));
        Assert.Equal(BcgDiagnostics.ReQ, Assert.Single(lines[5]));
        AssertClose([1.0 / 13, 3.0 / 13], lines[6], 1e-15);
        Assert.Equal(100.0 / 13, Assert.Single(lines[7]), 1e-12);

        var scene = InfluencePanel.Create(BcgReml);
        var svg = DiagnosticChecks.Check(scene, "diag-influence-bcg-reml");
        Assert.DoesNotContain("Influential study", SvgDocument.Texts(svg));
        Assert.EndsWith("no study is influential.", scene.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void BadInput_IsNamed()
    {
        var rows = BcgReml.Rows.SetItem(5, BcgReml.Rows[5] with { CovR = 0 });
        var e = Assert.Throws<ArgumentException>(() => InfluencePanel.Create(BcgReml with { Rows = rows }));
        Assert.StartsWith("Influence panel: study 'Stein & Aronson, 1953': cov.r must be > 0 (it is drawn on a log scale), got 0", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => InfluencePanel.Create(BcgReml with { P = 13 }));
        Assert.StartsWith("Influence panel: p (number of model coefficients) must be from 1 to k − 1 = 12, got 13", e.Message, StringComparison.Ordinal);
    }

    private static void AssertClose(double[] expected, double[] actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], tolerance);
        }
    }
}
