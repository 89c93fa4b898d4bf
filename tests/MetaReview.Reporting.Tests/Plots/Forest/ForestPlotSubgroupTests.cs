using MetaReview.Reporting.Plots.Forest;
using MetaReview.Reporting.Plots.RiskOfBias;
using MetaReview.Reporting.Tests.Snapshots;
using MetaReview.Reporting.Tests.Support;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Subgroups;

namespace MetaReview.Reporting.Tests.Plots.Forest;

/// <summary>
/// The BCG trials (Colditz 1994; metadat dat.bcg) in subgroups by allocation method, with metafor 3.8-1's values:
/// <c>dat &lt;- escalc("RR", ai=tpos, bi=tneg, ci=cpos, di=cneg, data=dat.bcg)</c>,
/// <c>rma(yi, vi, data=dat, subset=alloc==a, method="DL")</c> per subgroup, and the test for subgroup differences
/// <c>rma(estimates, sei=se, method="FE")</c>: QE 1.536768872, QEp 0.4637617001, I² 0.
/// </summary>
public class ForestPlotSubgroupTests
{
    private static readonly IReadOnlyList<string?> Allocation = [.. PublishedData.BcgRows.Select(r => (string?)r.Alloc)];

    private static AnalysisResult BcgIvDl() => PublishedData.Run(PublishedData.Bcg, EffectMeasure.RR, Preset.Metafor, PublishedData.DerSimonianLaird);

    [Fact]
    public void Colditz1994Bcg_ByAllocation_SubtotalsAndTestAsMetafor()
    {
        var result = BcgIvDl();
        var data = ForestData.BySubgroup(result, PublishedData.Bcg, Allocation, new ForestDataOptions { Years = PublishedData.BcgYears });

        Assert.Equal(["random", "alternate", "systematic"], data.Groups.Select(g => g.Header));
        Assert.Equal([7, 2, 4], data.Groups.Select(g => g.Rows.Length));
        Assert.Equal(Math.Exp(-1.004161354), data.Groups[0].Subtotal!.Estimate, 1e-8);
        Assert.Equal(Math.Exp(-0.5407929618), data.Groups[1].Subtotal!.Estimate, 1e-8);
        Assert.Equal(Math.Exp(-0.4393465800), data.Groups[2].Subtotal!.Estimate, 1e-8);

        var q = data.SubgroupDifferences!;
        Assert.Equal(1.536768872, q.Q, 1e-8);
        Assert.Equal(2, q.Df);
        Assert.Equal(0.4637617001, q.PValue, 1e-8);
        Assert.Equal(0, q.I2);

        // The same Q as the engine's subgroup analysis of the same model (RevMan's Q between subgroups).
        var engine = SubgroupAnalysis.Fit([.. result.Effects.Yi], [.. result.Effects.Vi], Allocation, result.Options.Model);
        Assert.Equal(engine.QBetween!.Q, q.Q, 1e-10);
        Assert.Equal(engine.QBetween.PValue, q.PValue, 1e-10);

        // Study weights are those of the overall analysis; a subtotal's is the sum of its studies'.
        Assert.Equal(data.Groups[1].Rows.Sum(r => r.Weight!.Value), data.Groups[1].Subtotal!.Weight!.Value, 1e-12);
        Assert.Equal(100, data.Groups.Sum(g => g.Subtotal!.Weight!.Value), 1e-9);
    }

    [Fact]
    public void Colditz1994Bcg_ByAllocation_UnderHksj_TestsSubgroupsWithWaldSEs_AsAnalyzeDoes()
    {
        // HKSJ changes each subtotal's CI, not RevMan's test for subgroup differences: the subgroups enter it with their
        // Wald SEs, so Q is metafor's 1.536768872 again, and the same as the engine's subgroup meta-analysis.
        var result = PublishedData.Run(PublishedData.Bcg, EffectMeasure.RR, Preset.Metafor,
            o => PublishedData.DerSimonianLaird(o) with { Model = PublishedData.DerSimonianLaird(o).Model with { Test = Statistics.Models.TestMethod.Knha } });
        var data = ForestData.BySubgroup(result, PublishedData.Bcg, Allocation);

        var q = data.SubgroupDifferences!;
        Assert.Equal(1.536768872, q.Q, 1e-8);
        Assert.Equal(0.4637617001, q.PValue, 1e-8);
        var engine = SubgroupMetaAnalysis.Run(PublishedData.Bcg, Allocation, result.Options);
        Assert.Equal(engine.QBetween!.Q, q.Q, 1e-10);
    }

    [Fact]
    public void Colditz1994Bcg_ByAllocation_RevManLayout()
    {
        var data = ForestData.BySubgroup(BcgIvDl(), PublishedData.Bcg, Allocation);
        var scene = ForestPlot.Create(data, new ForestPlotOptions { ExperimentalLabel = "Vaccinated", ControlLabel = "Not vaccinated" });
        Gallery.Save(scene, "forest-bcg-subgroups-revman");
        var svg = PlotChecks.Svg(scene);
        var texts = SvgDocument.Texts(svg);

        Assert.Equal(["random", "alternate", "systematic"], texts.Where(t => t is "random" or "alternate" or "systematic"));
        Assert.Equal(3, texts.Count(t => t == "Subtotal (95% CI)"));
        Assert.Contains("IV, Random, 95% CI", texts);

        // exp(−0.5407929618) = 0.58 [exp(−0.5407929618 ± 1.96 · 0.2816016131)] = [0.34, 1.01].
        Assert.Equal(["Subtotal (95% CI)", "6610", "7259", "19.0%", "0.58 [0.34, 1.01]"], ForestPlotRevManTests.Row(texts.SkipWhile(t => t != "alternate").ToList(), "Subtotal (95% CI)"));
        Assert.Contains("Test for subgroup differences: Chi² = 1.54, df = 2 (P = 0.46), I² = 0%", texts);
        PlotChecks.AssertClean(scene);
        SnapshotAssert.Matches(svg, "forest-bcg-subgroups-revman");
    }

    /// <summary>
    /// A risk-of-bias column from the trials' allocation (dat.bcg <c>alloc</c>): random sequence generation is at low
    /// risk, alternate and systematic allocation at high risk of selection bias (Higgins et al. BMJ 2011;343:d5928,
    /// Table 2: "sequence generated by ... alternation" is high risk).
    /// </summary>
    [Fact]
    public void Colditz1994Bcg_SequenceGenerationColumn_OneSymbolPerStudy()
    {
        var tool = RiskOfBiasTool.Custom("Sequence generation", [new RiskOfBiasDomain("D1", "Random sequence generation (selection bias)")], [Judgement.Low, Judgement.High]);
        var judgements = PublishedData.BcgRows.Select(r => new StudyJudgements($"{r.Author} {r.Year}", [r.Alloc == "random" ? Judgement.Low : Judgement.High]));
        var rob = new RiskOfBiasAssessment(tool, [.. judgements]);
        var data = ForestData.FromAnalysis(BcgIvDl(), PublishedData.Bcg, new ForestDataOptions { RiskOfBias = rob });
        var scene = ForestPlot.Create(data);
        Gallery.Save(scene, "forest-bcg-risk-of-bias");
        var svg = PlotChecks.Svg(scene);
        var titles = SvgDocument.Parse(svg).Descendants(SvgDocument.Svg + "title").Select(t => t.Value).ToList();
        Assert.Contains("Aronson 1948, D1 Random sequence generation (selection bias): Low", titles);
        Assert.Contains("Stein & Aronson 1953, D1 Random sequence generation (selection bias): High", titles);
        Assert.Equal(13, titles.Count(t => t.Contains(", D1 Random sequence generation", StringComparison.Ordinal)));
        var texts = SvgDocument.Texts(svg);
        Assert.Contains("Risk of bias", texts);
        Assert.Contains("D1: Random sequence generation (selection bias)", texts);
        PlotChecks.AssertClean(scene);
        SnapshotAssert.Matches(svg, "forest-bcg-risk-of-bias");
    }

    [Fact]
    public void MissingSubgroupLabel_NamesTheStudy()
    {
        var labels = Allocation.ToList();
        labels[3] = " ";
        var e = Assert.Throws<ArgumentException>(() => ForestData.BySubgroup(BcgIvDl(), PublishedData.Bcg, labels));
        Assert.StartsWith("study 4 ('Hart & Sutherland 1977') has no subgroup label", e.Message, StringComparison.Ordinal);
    }
}
