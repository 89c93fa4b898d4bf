using MetaReview.Reporting.Plots.Forest;
using MetaReview.Reporting.Tests.Snapshots;
using MetaReview.Reporting.Tests.Support;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Reporting.Tests.Plots.Forest;

/// <summary>
/// Forest plots in RevMan 5's layout with the numbers RevMan 5 prints for the Fleiss (1993) examples (RevMan's own
/// export, METHODS-REFERENCE.md §3) and the BCG trials.
/// </summary>
public class ForestPlotRevManTests
{
    [Fact]
    public void Fleiss1993Aspirin_MhOrFixed_PrintsRevMansNumbers()
    {
        var result = PublishedData.Run(PublishedData.FleissAspirin, EffectMeasure.OR, Preset.RevMan5);
        var scene = ForestPlot.Create(ForestData.FromAnalysis(result, PublishedData.FleissAspirin), new ForestPlotOptions { ExperimentalLabel = "Aspirin" });
        Gallery.Save(scene, "forest-fleiss1993-aspirin-revman");
        var svg = PlotChecks.Svg(scene);
        var texts = SvgDocument.Texts(svg);

        // RevMan 5: OR 0.90 [0.84, 0.96]; Chi² = 9.95, df = 6 (P = 0.13); I² = 40%; Z = 3.29 (P = 0.001).
        Assert.Contains("Total (95% CI)", texts);
        Assert.Contains("0.90 [0.84, 0.96]", texts);
        Assert.Contains("Heterogeneity: Chi² = 9.95, df = 6 (P = 0.13); I² = 40%", texts);
        Assert.Contains("Test for overall effect: Z = 3.29 (P = 0.001)", texts);
        Assert.Contains("M-H, Fixed, 95% CI", texts);

        // Per study, RevMan's export: MRC-1 0.71971415 [0.48897453, 1.05933628], weight 3.17649%.
        var mrc1 = Row(texts, "MRC-1");
        Assert.Equal(["MRC-1", "49", "615", "67", "624", "3.2%", "0.72 [0.49, 1.06]"], mrc1);
        Assert.Equal(["ISIS-2", "1570", "8587", "1720", "8600", "72.9%", "0.89 [0.83, 0.97]"], Row(texts, "ISIS-2"));

        // Totals: 2128/14186 vs 2286/13817.
        Assert.Equal(["Total (95% CI)", "14186", "13817", "100.0%", "0.90 [0.84, 0.96]"], Row(texts, "Total (95% CI)"));
        Assert.Equal(["Total events", "2128", "2286"], Row(texts, "Total events"));
        Assert.Equal(["0.2", "0.5", "1", "2", "5"], texts.SkipWhile(t => t != "0.2").Take(5));
        Assert.Contains("Favours [experimental]", texts);
        PlotChecks.AssertClean(scene);
        SnapshotAssert.Matches(svg, "forest-fleiss1993-aspirin-revman");
    }

    [Fact]
    public void Fleiss1993MentalHealth_MdIvFixed_PrintsRevMansNumbers()
    {
        var result = PublishedData.Run(PublishedData.FleissMentalHealth, EffectMeasure.MD, Preset.RevMan5);
        var scene = ForestPlot.Create(ForestData.FromAnalysis(result, PublishedData.FleissMentalHealth));
        Gallery.Save(scene, "forest-fleiss1993-mental-health-revman");
        var svg = PlotChecks.Svg(scene);
        var texts = SvgDocument.Texts(svg);

        // RevMan 5: MD −0.71 [−1.26, −0.16]; Chi² = 5.66, df = 4 (P = 0.23); I² = 29%; Z = 2.53 (P = 0.01).
        Assert.Equal(["Total (95% CI)", "106", "126", "100.0%", "−0.71 [−1.26, −0.16]"], Row(texts, "Total (95% CI)"));
        Assert.Contains("Heterogeneity: Chi² = 5.66, df = 4 (P = 0.23); I² = 29%", texts);
        Assert.Contains("Test for overall effect: Z = 2.53 (P = 0.01)", texts);
        Assert.Contains("IV, Fixed, 95% CI", texts);

        // Florell: 4.9 (1.71) n 30 vs 6.1 (2.3) n 50, MD −1.2 [−2.08, −0.32], weight 38.6%.
        Assert.Equal(["Florell", "4.9", "1.71", "30", "6.1", "2.3", "50", "38.6%", "−1.20 [−2.08, −0.32]"], Row(texts, "Florell"));
        Assert.Equal(["Mean", "SD", "Total", "Mean", "SD", "Total"], texts.SkipWhile(t => t != "Mean").Take(6));
        Assert.Equal(["−10", "−5", "0", "5", "10"], texts.SkipWhile(t => t != "−10").Take(5));
        PlotChecks.AssertClean(scene);
        SnapshotAssert.Matches(svg, "forest-fleiss1993-mental-health-revman");
    }

    [Fact]
    public void Colditz1994Bcg_MhRrFixed_RevMan()
    {
        var result = PublishedData.Run(PublishedData.Bcg, EffectMeasure.RR, Preset.RevMan5);
        var scene = ForestPlot.Create(ForestData.FromAnalysis(result, PublishedData.Bcg), new ForestPlotOptions { ExperimentalLabel = "Vaccinated", ControlLabel = "Not vaccinated" });
        Gallery.Save(scene, "forest-bcg-mh-rr-fixed-revman");
        var svg = PlotChecks.Svg(scene);
        var texts = SvgDocument.Texts(svg);

        // MH RR exp(−0.4537) = 0.64 [exp(−0.5308), exp(−0.3766)] = [0.59, 0.69]; Q 152.5676 → Chi² = 152.57, df = 12.
        Assert.Contains("0.64 [0.59, 0.69]", texts);
        Assert.Contains("Heterogeneity: Chi² = 152.57, df = 12 (P < 0.00001); I² = 92%", texts);
        Assert.Contains("Risk Ratio", texts);
        PlotChecks.AssertClean(scene);
        SnapshotAssert.Matches(svg, "forest-bcg-mh-rr-fixed-revman");
    }

    [Fact]
    public void Colditz1994Bcg_MhRrRandom_RevManPrintsTau2()
    {
        var result = PublishedData.Run(PublishedData.Bcg, EffectMeasure.RR, Preset.RevMan5, PublishedData.Random);
        var scene = ForestPlot.Create(ForestData.FromAnalysis(result, PublishedData.Bcg), new ForestPlotOptions { ExperimentalLabel = "Vaccinated", ControlLabel = "Not vaccinated" });
        Gallery.Save(scene, "forest-bcg-mh-rr-random-revman");
        var svg = PlotChecks.Svg(scene);
        var texts = SvgDocument.Texts(svg);
        Assert.Contains("M-H, Random, 95% CI", texts);
        Assert.Contains(texts, t => t.StartsWith("Heterogeneity: Tau² = 0.", StringComparison.Ordinal) && t.EndsWith("Chi² = 152.57, df = 12 (P < 0.00001); I² = 92%", StringComparison.Ordinal));
        PlotChecks.AssertClean(scene);
        SnapshotAssert.Matches(svg, "forest-bcg-mh-rr-random-revman");
    }

    /// <summary>The texts of the row that starts with <paramref name="label"/>: its label and cells, left to right.</summary>
    internal static List<string> Row(List<string> texts, string label)
    {
        var i = texts.IndexOf(label);
        Assert.True(i >= 0, $"no row '{label}'");
        var row = new List<string> { texts[i] };
        for (var j = i + 1; j < texts.Count && !IsRowLabel(texts[j]); j++)
        {
            row.Add(texts[j]);
        }

        return row;
    }

    private static bool IsRowLabel(string text) => text.Length > 0 && (char.IsLetter(text[0]) || text[0] == '<');
}
