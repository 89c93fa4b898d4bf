using MetaReview.Reporting.Plots.RiskOfBias;
using MetaReview.Reporting.Tests.Snapshots;
using MetaReview.Reporting.Tests.Support;
using static MetaReview.Reporting.Plots.RiskOfBias.Judgement;

namespace MetaReview.Reporting.Tests.Plots.RiskOfBias;

public class SummaryPlotTests
{
    /// <summary>Counted from PMC10196895 Table 3: D1 15 low, 5 some concerns, 3 high; overall 4, 10, 9 (of 23).</summary>
    [Fact]
    public void Pmc10196895_Shares_AreTheTableCounts()
    {
        var rows = SummaryPlot.Shares(RiskOfBiasExamples.Pmc10196895Table3, weighted: false);
        Assert.Equal(6, rows.Count);
        Assert.Equal("D1: Bias arising from the randomization process", rows[0].Label);
        Assert.Equal(100.0 * 15 / 23, rows[0].Percent[Low], 12);
        Assert.Equal(100.0 * 5 / 23, rows[0].Percent[SomeConcerns], 12);
        Assert.Equal(100.0 * 3 / 23, rows[0].Percent[High], 12);
        Assert.Equal(100.0, rows[3].Percent[Low], 12);
        Assert.Equal("Overall risk of bias", rows[5].Label);
        Assert.Equal(100.0 * 4 / 23, rows[5].Percent[Low], 12);
        Assert.Equal(100.0 * 10 / 23, rows[5].Percent[SomeConcerns], 12);
        Assert.Equal(100.0 * 9 / 23, rows[5].Percent[High], 12);

        var scene = SummaryPlot.Create(RiskOfBiasExamples.Pmc10196895Table3);
        var svg = PlotChecks.Svg(scene);
        var texts = SvgDocument.Texts(svg);
        Assert.Equal<string>(["0%", "25%", "50%", "75%", "100%", "Percentage of studies", "Low", "Some concerns", "High"], texts.Skip(6));
        PlotChecks.AssertClean(scene);
        SnapshotAssert.Matches(svg, "rob2-summary-pmc10196895");
        Gallery.Save(scene, "rob2-summary-pmc10196895");
    }

    /// <summary>Counted from Teirlinck 2023 Table 2: overall 13 low, 2 moderate, 3 high (of 18).</summary>
    [Fact]
    public void Teirlinck2023_OverallShares()
    {
        var overall = SummaryPlot.Shares(RiskOfBiasExamples.Teirlinck2023Table2, weighted: false)[^1].Percent;
        Assert.Equal(100.0 * 13 / 18, overall[Low], 12);
        Assert.Equal(100.0 * 2 / 18, overall[Moderate], 12);
        Assert.Equal(100.0 * 3 / 18, overall[High], 12);
        var scene = SummaryPlot.Create(RiskOfBiasExamples.Teirlinck2023Table2);
        PlotChecks.AssertClean(scene);
        Gallery.Save(scene, "rob1-summary-teirlinck2023");
    }

    /// <summary>The abstract of Golledge 2022: "One, one, and three trials were considered at low, moderate and high risk-of-bias".</summary>
    [Fact]
    public void Golledge2022_OverallMatchesTheAbstract()
    {
        var overall = SummaryPlot.Shares(RiskOfBiasExamples.Golledge2022Table2, weighted: false)[^1].Percent;
        Assert.Equal(20, overall[Low], 12);
        Assert.Equal(20, overall[SomeConcerns], 12);
        Assert.Equal(60, overall[High], 12);
    }

    /// <summary>
    /// robvis's ROBINS-I example weights (total 347.356421349): overall Critical 45.83333333, Low 43.678210675,
    /// Serious 46.733766234, Moderate 211.11111111.
    /// </summary>
    [Fact]
    public void RobvisRobins_WeightedShares_AreWeightFractions()
    {
        const double Total = 347.356421349;
        var overall = SummaryPlot.Shares(RiskOfBiasExamples.RobvisRobinsExample, weighted: true)[^1].Percent;
        Assert.Equal(100 * 45.83333333 / Total, overall[Critical], 9);
        Assert.Equal(100 * 43.678210675 / Total, overall[Low], 9);
        Assert.Equal(100 * 46.733766234 / Total, overall[Serious], 9);
        Assert.Equal(100 * 211.11111111 / Total, overall[Moderate], 9);
        Assert.Equal(100, overall.Values.Sum(), 9);

        var scene = SummaryPlot.Create(RiskOfBiasExamples.RobvisRobinsExample, new RiskOfBiasOptions { Weighted = true });
        var svg = PlotChecks.Svg(scene);
        Assert.Contains("Percentage of weight", SvgDocument.Texts(svg));
        PlotChecks.AssertClean(scene);
        SnapshotAssert.Matches(svg, "robins-summary-weighted-robvis");
        Gallery.Save(scene, "robins-summary-weighted-robvis");
    }

    [Fact]
    public void Weighted_WithoutWeights_NamesTheStudy()
    {
        var e = Assert.Throws<ArgumentException>(() => SummaryPlot.Create(RiskOfBiasExamples.Pmc10196895Table3, new RiskOfBiasOptions { Weighted = true }));
        Assert.StartsWith("weighted summary: study 'Direito 2015' has no weight; give every study a weight or draw the unweighted summary", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NarrowWidth_WrapsDomainNames()
    {
        var scene = SummaryPlot.Create(RiskOfBiasExamples.RobvisRobinsExample, new RiskOfBiasOptions { Width = 320, Title = "ROBINS-I (robvis example data)" });
        Assert.DoesNotContain("D4: Bias due to deviations from intended interventions", SvgDocument.Texts(PlotChecks.Svg(scene)));
        PlotChecks.AssertClean(scene);
        Gallery.Save(scene, "robins-summary-narrow");
    }
}
