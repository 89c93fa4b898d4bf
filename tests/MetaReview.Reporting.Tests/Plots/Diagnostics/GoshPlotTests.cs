using System.Collections.Immutable;
using System.Diagnostics;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Rendering;
using MetaReview.Reporting.Plots.Diagnostics;
using MetaReview.Reporting.Tests.Support;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Reporting.Tests.Plots.Diagnostics;

public class GoshPlotTests
{
    /// <summary>
    /// Cohen 1981 (metadat dat.cohen1981): validity of student ratings, correlations ri with sample sizes ni in 20
    /// studies; escalc ZCOR gives yi = atanh(ri), vi = 1/(ni − 3). 20 studies have 2^20 − 1 = 1,048,575 subsets.
    /// </summary>
    private static readonly int[] CohenN = [10, 20, 13, 22, 28, 12, 12, 36, 19, 12, 36, 75, 33, 121, 37, 14, 40, 16, 14, 20];

    private static readonly double[] CohenR = [0.68, 0.56, 0.23, 0.64, 0.49, -0.04, 0.49, 0.33, 0.58, 0.18, -0.11, 0.27, 0.26, 0.40, 0.49, 0.51, 0.40, 0.34, 0.42, 0.16];

    internal static GoshPoints BcgFixedEffect => FixedEffectSubsets.All(BcgDiagnostics.Yi, BcgDiagnostics.Vi) with { Measure = EffectMeasure.RR };

    private static GoshPoints Cohen1981 => FixedEffectSubsets.All([.. CohenR.Select(Math.Atanh)], [.. CohenN.Select(n => 1.0 / (n - 3))]) with { Measure = EffectMeasure.ZCOR };

    /// <summary>The subsets are metafor's gosh(fe) for the BCG trials: 8191 of them, the same means and largest I².</summary>
    [Fact]
    public void BcgFixedEffect_SubsetsAreMetaforsGosh()
    {
        var gosh = BcgFixedEffect;
        Assert.Equal(8191, gosh.Estimates.Length);
        Assert.Equal(BcgDiagnostics.GoshMeanEstimate, gosh.Estimates.Average(), 1e-10);
        Assert.Equal(BcgDiagnostics.GoshMeanI2, gosh.I2.Average(), 1e-8);
        Assert.Equal(BcgDiagnostics.GoshMaxI2, gosh.I2.Max(), 1e-8);
        Assert.Equal(BcgDiagnostics.Yi.Min(), gosh.Estimates.Min(), 1e-12);
    }

    [Fact]
    public void BcgFixedEffect_Snapshot_IsBinned()
    {
        var scene = GoshPlot.Create(BcgFixedEffect);
        var svg = DiagnosticChecks.Check(scene, "diag-gosh-bcg-fe", "diag-gosh-bcg-fe");
        Assert.Empty(Circles(scene));
        Assert.Contains("Subsets per hexagon:", SvgDocument.Texts(svg));
    }

    [Fact]
    public void BcgFixedEffect_BelowTheScatterLimit_DrawsEverySubset()
    {
        var scene = GoshPlot.Create(BcgFixedEffect, new DiagnosticPlotOptions { GoshScatterLimit = 10_000 });
        Assert.Equal(8191, Circles(scene).Count);
        DiagnosticChecks.Check(scene, "diag-gosh-bcg-fe-points");
    }

    /// <summary>
    /// The million subsets are metafor's: <c>gosh(rma(yi, vi, data=escalc(measure="ZCOR", ri=ri, ni=ni,
    /// data=dat.cohen1981), method="FE"), subsets=2^20)</c> gives mean estimate 0.38041922617437224, mean I²
    /// 15.933661603808781 and largest I² 89.008031053566697.
    /// </summary>
    [Fact]
    public void Cohen1981_SubsetsAreMetaforsGosh()
    {
        var gosh = Cohen1981;
        Assert.Equal(0.38041922617437224, gosh.Estimates.Average(), 1e-9);
        Assert.Equal(15.933661603808781, gosh.I2.Average(), 1e-7);
        Assert.Equal(89.008031053566697, gosh.I2.Max(), 1e-7);
    }

    /// <summary>
    /// A million subsets draw and render to SVG in under a second, and the SVG stays small. The best of three runs
    /// counts, so that a busy machine (other test classes run in parallel) does not fail the test.
    /// </summary>
    [Fact]
    public void Cohen1981_MillionSubsets_UnderOneSecond()
    {
        var gosh = Cohen1981;
        Assert.Equal(1_048_575, gosh.Estimates.Length);
        var best = TimeSpan.MaxValue;
        Scene scene = null!;
        var svg = string.Empty;
        for (var run = 0; run < 3; run++)
        {
            var clock = Stopwatch.StartNew();
            scene = GoshPlot.Create(gosh);
            svg = SvgRenderer.Render(scene);
            best = clock.Elapsed < best ? clock.Elapsed : best;
        }

        Assert.True(best < TimeSpan.FromSeconds(1), $"GOSH plot of 1,048,575 subsets took {best.TotalMilliseconds:0} ms");
        Assert.True(svg.Length < 300_000, $"the SVG has {svg.Length:#,0} characters");
        Assert.Contains("GOSH plot of 1,048,575 subsets", svg, StringComparison.Ordinal);
        DiagnosticChecks.Check(scene, "diag-gosh-cohen1981");
    }

    [Fact]
    public void MissingValues_AreSkippedAndCounted()
    {
        var gosh = BcgFixedEffect;
        var estimates = gosh.Estimates.SetItem(0, double.NaN);
        var scene = GoshPlot.Create(gosh with { Estimates = estimates }, new DiagnosticPlotOptions { GoshScatterLimit = 10_000 });
        Assert.Equal(8190, Circles(scene).Count);
        Assert.EndsWith(" 1 subset with a missing value is not drawn.", scene.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void BadInput_IsNamed()
    {
        var e = Assert.Throws<ArgumentException>(() => GoshPlot.Create(new GoshPoints([0.1, 0.2], [10.0])));
        Assert.Equal("GOSH plot: 2 estimates but 1 I² values; give one of each per subset", e.Message);
        e = Assert.Throws<ArgumentException>(() => GoshPlot.Create(new GoshPoints([0.1, 0.2], [10.0, 120])));
        Assert.Equal("GOSH plot: subset 2 has estimate 0.2 and I² 120; need a finite estimate and I² from 0 to 100 (percent)", e.Message);
        e = Assert.Throws<ArgumentException>(() => GoshPlot.Create(new GoshPoints(ImmutableArray<double>.Empty, ImmutableArray<double>.Empty)));
        Assert.Equal("GOSH plot: no subset has both an estimate and an I² (0 given); nothing to draw", e.Message);
    }

    private static List<CircleElement> Circles(Scene scene)
    {
        var found = new List<CircleElement>();
        void Visit(IEnumerable<Element> elements)
        {
            foreach (var e in elements)
            {
                if (e is CircleElement c)
                {
                    found.Add(c);
                }
                else if (e is GroupElement g && g.Id != "gosh-legend")
                {
                    Visit(g.Children);
                }
            }
        }

        Visit(scene.Elements);
        return found;
    }
}
