using FsCheck;
using FsCheck.Fluent;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Plots.Diagnostics;
using MetaReview.Reporting.Tests.Support;

namespace MetaReview.Reporting.Tests.Plots.Diagnostics;

public class BaujatPlotTests
{
    internal static IReadOnlyList<BaujatStudy> Bcg(double[] x, double[] y) =>
        [.. BcgDiagnostics.Labels.Select((l, i) => new BaujatStudy(l, x[i], y[i]))];

    /// <summary>
    /// metafor's baujat(fe) for the BCG trials: TPT Madras (8) and Hart &amp; Sutherland (4) drive the heterogeneity
    /// and most of the studies crowd near the origin, where the names cannot all be placed: the points are
    /// numbered and the key names them.
    /// </summary>
    [Fact]
    public void BcgFixedEffect_CrowdedNamesBecomeNumbersWithAKey()
    {
        var scene = BaujatPlot.Create(Bcg(BcgDiagnostics.BaujatFeX, BcgDiagnostics.BaujatFeY));
        DiagnosticChecks.Check(scene, "diag-baujat-bcg-fe", "diag-baujat-bcg-fe");
        var numbers = Enumerable.Range(1, 13).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(numbers.Order(), Texts(scene, "baujat-labels").Order());
        Assert.Equal(BcgDiagnostics.Labels.Order(), Texts(scene, "baujat-key").Where(t => !numbers.Contains(t)).Order());
        Assert.True(scene.Height > 400, "the key makes the figure taller");
    }

    /// <summary>The REML model's Baujat values spread out: every point carries its study's name, and no key is needed.</summary>
    [Fact]
    public void BcgReml_EveryPointCarriesItsName()
    {
        var scene = BaujatPlot.Create(Bcg(BcgDiagnostics.BaujatReX, BcgDiagnostics.BaujatReY), new DiagnosticPlotOptions { Title = "Baujat plot, BCG trials (REML)" });
        DiagnosticChecks.Check(scene, "diag-baujat-bcg-reml");
        Assert.Equal(BcgDiagnostics.Labels.Order(), Texts(scene, "baujat-labels").Order());
        Assert.Empty(Texts(scene, "baujat-key"));
        Assert.Equal(400, scene.Height);
    }

    [Fact]
    public void HostileNames_AreEscapedAndKeptApart()
    {
        var studies = Bcg(BcgDiagnostics.BaujatReX, BcgDiagnostics.BaujatReY).ToList();
        studies[7] = studies[7] with { Label = HostileText.Markup };
        studies[3] = studies[3] with { Label = HostileText.LongName };
        var scene = BaujatPlot.Create(studies);
        var svg = DiagnosticChecks.Check(scene, "diag-baujat-hostile");
        Assert.Contains(HostileText.Markup, SvgDocument.Texts(svg));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Smith&quot;", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
    }

    /// <summary>Whatever the names, no label overlaps another text and none leaves the page.</summary>
    [Fact]
    public void RandomNames_NeverOverlap()
    {
        Prop.ForAll(HostileText.Between(HostileText.Names, 13, 13).ToArbitrary(), names =>
        {
            var studies = Bcg(BcgDiagnostics.BaujatReX, BcgDiagnostics.BaujatReY).Select((s, i) => s with { Label = names[i] }).ToList();
            PlotChecks.AssertClean(BaujatPlot.Create(studies));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void BadInput_IsNamed()
    {
        var e = Assert.Throws<ArgumentException>(() => BaujatPlot.Create([new BaujatStudy("Aronson, 1948", -0.5, 0.1)]));
        Assert.StartsWith("Baujat plot: study 'Aronson, 1948': X (contribution to heterogeneity) is a squared quantity and must be ≥ 0, got -0.5", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => BaujatPlot.Create([new BaujatStudy("Aronson, 1948", 0.5, double.NaN)]));
        Assert.StartsWith("Baujat plot: study 'Aronson, 1948': Y (influence) must be a finite number, got NaN", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => BaujatPlot.Create([]));
        Assert.StartsWith("Baujat plot: no studies; the plot needs at least one", e.Message, StringComparison.Ordinal);
        var o = Assert.Throws<ArgumentOutOfRangeException>(() => BaujatPlot.Create(Bcg(BcgDiagnostics.BaujatReX, BcgDiagnostics.BaujatReY), new DiagnosticPlotOptions { Width = 90 }));
        Assert.StartsWith("Baujat plot: a figure 70 × 380 pt leaves", o.Message, StringComparison.Ordinal);
    }

    /// <summary>The texts inside the group with the given id.</summary>
    internal static List<string> Texts(Scene scene, string groupId)
    {
        var texts = new List<string>();
        void Visit(IEnumerable<Element> elements, bool inside)
        {
            foreach (var e in elements)
            {
                switch (e)
                {
                    case TextElement t when inside:
                        texts.Add(t.Text);
                        break;
                    case GroupElement g:
                        Visit(g.Children, inside || g.Id == groupId);
                        break;
                }
            }
        }

        Visit(scene.Elements, false);
        return texts;
    }
}
