using MetaReview.Reporting.Plots.Forest;
using MetaReview.Reporting.Tests.Snapshots;
using MetaReview.Reporting.Tests.Support;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Reporting.Tests.Plots.Forest;

/// <summary>
/// Leave-one-out and cumulative forest plots of the BCG trials (Colditz 1994), with the rows metafor 3.8-1 computes:
/// <c>r &lt;- rma(yi, vi, data=escalc("RR", ai=tpos, bi=tneg, ci=cpos, di=cneg, data=dat.bcg), method="DL")</c>,
/// <c>leave1out(r)</c> and <c>cumul(r, order=dat.bcg$year)</c> (log risk ratios; tau², I² in percent, p-value).
/// </summary>
public class ForestSensitivityTests
{
    private static readonly SensitivityRow[] LeaveOneOut =
    [
        Step("Aronson 1948", -0.7051251984, -1.0662486948, -0.3440017021, 0.3121714990, 92.74322912, 1.297139708e-04),
        Step("Ferguson & Simes 1949", -0.6545158751, -1.0122844303, -0.2967473199, 0.2999745908, 92.43037360, 3.362586760e-04),
        Step("Rosenthal et al 1960", -0.6848417487, -1.0430524514, -0.3266310460, 0.3085270698, 92.67628731, 1.788632440e-04),
        Step("Hart & Sutherland 1977", -0.6186968707, -0.9402741831, -0.2971195583, 0.2167335579, 88.60842544, 1.626847925e-04),
        Step("Frimodt-Moller et al 1973", -0.7640357017, -1.1391970145, -0.3888743890, 0.3262088827, 92.73063749, 6.563744245e-05),
        Step("Stein & Aronson 1953", -0.7127273366, -1.1152559318, -0.3101987415, 0.3829190218, 91.41876417, 5.197574933e-04),
        Step("Vandiviere et al 1973", -0.6556939494, -1.0130986048, -0.2982892939, 0.3005712763, 92.45695173, 3.234627188e-04),
        Step("TPT Madras 1980", -0.7900865999, -1.1097266176, -0.4704465822, 0.2108852326, 83.82015342, 1.268405237e-06),
        Step("Coetzee & Berjak 1968", -0.7392633565, -1.1143613428, -0.3641653702, 0.3266092603, 92.77290785, 1.120934897e-04),
        Step("Rosenthal et al 1961", -0.6525852046, -1.0117613655, -0.2934090437, 0.2946448785, 92.13314007, 3.693777458e-04),
        Step("Comstock et al 1974", -0.7606941742, -1.1649860895, -0.3564022588, 0.3878091990, 92.73762033, 2.262332956e-04),
        Step("Comstock & Webster 1969", -0.7600128183, -1.1174831541, -0.4025424825, 0.3093804463, 92.70493340, 3.085630923e-05),
        Step("Comstock et al 1976", -0.7789237401, -1.1491975962, -0.4086498840, 0.3177032799, 92.65630833, 3.738672093e-05),
    ];

    private static readonly SensitivityRow[] Cumulative =
    [
        Step("Aronson 1948", -0.8893113339, -2.0076674791, 0.2290448112, 0, 0, 1.191020323e-01),
        Step("Ferguson & Simes 1949", -1.3250034422, -2.0090088669, -0.6409980176, 0, 0, 1.466388433e-04),
        Step("Stein & Aronson 1953", -0.9615353219, -1.4191887956, -0.5038818481, 0.07543986586, 37.26300396, 3.823283445e-05),
        Step("Rosenthal et al 1960", -0.9523947426, -1.3142559837, -0.5905335015, 0.04255151883, 22.30736769, 2.489427850e-07),
        Step("Rosenthal et al 1961", -1.0993222872, -1.4870491996, -0.7115953747, 0.08318907291, 47.65450675, 2.743144364e-08),
        Step("Coetzee & Berjak 1968", -0.9539942407, -1.2825784554, -0.6254100260, 0.07231906478, 50.90995559, 1.266997965e-08),
        Step("Comstock & Webster 1969", -0.8977333659, -1.2472260921, -0.5482406396, 0.09653290918, 54.58538102, 4.790695236e-07),
        Step("Frimodt-Moller et al 1973", -0.7819364494, -1.1228705688, -0.4410023299, 0.12197554964, 64.23989910, 6.950437172e-06),
        Step("Vandiviere et al 1973", -0.8531334163, -1.1905298673, -0.5157369652, 0.13510356076, 64.94422904, 7.198779138e-07),
        Step("Comstock et al 1974", -0.7644612611, -1.0667277056, -0.4621948166, 0.12788015540, 73.62274146, 7.161218910e-07),
        Step("Comstock et al 1976", -0.6881230659, -0.9813640726, -0.3948820592, 0.13823441346, 74.75522320, 4.239610767e-06),
        Step("Hart & Sutherland 1977", -0.7900865999, -1.1097266176, -0.4704465822, 0.21088523257, 83.82015342, 1.268405237e-06),
        Step("TPT Madras 1980", -0.7141172221, -1.0644452801, -0.3637891641, 0.30876026286, 92.11734685, 6.462924305e-05),
    ];

    private static AnalysisResult BcgIvDl() => PublishedData.Run(PublishedData.Bcg, EffectMeasure.RR, Preset.Metafor, PublishedData.DerSimonianLaird);

    [Fact]
    public void Colditz1994Bcg_LeaveOneOut()
    {
        var pooled = BcgIvDl();
        var data = ForestData.LeaveOneOut(EffectMeasure.RR, LeaveOneOut, pooled);
        Assert.True(data.LogScale);
        Assert.Equal(Math.Exp(pooled.Model.Estimate), data.ReferenceValue!.Value, 1e-12);
        var scene = ForestPlot.Create(data);
        Gallery.Save(scene, "forest-bcg-leave-one-out");
        var svg = PlotChecks.Svg(scene);
        var texts = SvgDocument.Texts(svg);

        // exp(−0.6186968707) = 0.54 [exp(−0.9402741831), exp(−0.2971195583)] = [0.39, 0.74]; tau² 0.2167; I² 89%; P 0.0002.
        Assert.Equal(["Omitting Hart & Sutherland 1977", "0.2167", "89%", "0.0002", "0.54 [0.39, 0.74]"], ForestPlotRevManTests.Row(texts, "Omitting Hart & Sutherland 1977"));
        Assert.Contains("< 0.00001", texts);
        Assert.Equal(["Tau²", "I²", "P"], texts.SkipWhile(t => t != "Tau²").Take(3));
        Assert.Contains("All studies", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("Heterogeneity", StringComparison.Ordinal));
        PlotChecks.AssertClean(scene);
        SnapshotAssert.Matches(svg, "forest-bcg-leave-one-out");
    }

    [Fact]
    public void Colditz1994Bcg_CumulativeByYear_CompactLayout()
    {
        var data = ForestData.Cumulative(EffectMeasure.RR, Cumulative, BcgIvDl());
        var scene = ForestPlot.Create(data, new ForestPlotOptions { Layout = ForestLayout.Compact, Title = "Cumulative meta-analysis of the BCG trials by year" });
        Gallery.Save(scene, "forest-bcg-cumulative-compact");
        var svg = PlotChecks.Svg(scene);
        var texts = SvgDocument.Texts(svg);

        // The first step is Aronson alone: exp(−0.8893) = 0.41 (0.13 to 1.26), p = 0.12; the compact layout prints the
        // estimate after the graph, "(lower to upper)".
        Assert.Equal(["Adding Aronson 1948", "0.0000", "0%", "0.12", "0.41 (0.13 to 1.26)"], ForestPlotRevManTests.Row(texts, "Adding Aronson 1948"));
        Assert.Equal(13, texts.Count(t => t.StartsWith("Adding ", StringComparison.Ordinal)));
        Assert.Contains("RR (95% CI)", texts);
        PlotChecks.AssertClean(scene);
        SnapshotAssert.Matches(svg, "forest-bcg-cumulative-compact");
    }

    /// <summary>The engine's leave-one-out and cumulative fits give metafor's rows.</summary>
    [Fact]
    public void EngineFits_GiveMetaforsRows()
    {
        var pooled = BcgIvDl();
        double[] yi = [.. pooled.Effects.Yi];
        double[] vi = [.. pooled.Effects.Vi];
        var loo = ForestData.LeaveOneOut(pooled, Statistics.Sensitivity.LeaveOneOut.Fit(yi, vi, pooled.Options.Model));
        var years = PublishedData.BcgRows.Select(r => (double)r.Year).ToArray();
        var cumulative = ForestData.Cumulative(pooled, Statistics.Sensitivity.CumulativeMetaAnalysis.FitOrderedBy(yi, vi, years, pooled.Options.Model));
        foreach (var (data, expected, prefix) in new[] { (loo, LeaveOneOut, "Omitting "), (cumulative, Cumulative, "Adding ") })
        {
            var rows = data.Groups[0].Rows;
            Assert.Equal(expected.Length, rows.Length);
            for (var i = 0; i < rows.Length; i++)
            {
                Assert.Equal(prefix + expected[i].Study, rows[i].Label);
                Assert.Equal(Math.Exp(expected[i].Estimate), rows[i].Estimate!.Value, 1e-8);
                Assert.Equal(Math.Exp(expected[i].CiLower), rows[i].CiLower!.Value, 1e-8);
                Assert.Equal(Math.Exp(expected[i].CiUpper), rows[i].CiUpper!.Value, 1e-8);
            }
        }
    }

    private static SensitivityRow Step(string study, double estimate, double lower, double upper, double tau2, double i2, double p) =>
        new(study, estimate, lower, upper) { Tau2 = tau2, I2 = i2, PValue = p };
}
