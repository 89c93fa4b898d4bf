using System.Xml.Linq;
using MetaReview.Review.RevMan;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;

namespace MetaReview.Review.Tests.RevMan;

/// <summary>
/// How RevMan's data types and settings map to MetaReview analyses, on the BCG trials (Colditz 1994) written as
/// RevMan 5 outcomes: O−E and variance pooled as Peto's method, generic log-scale estimates, swapped events,
/// subgroups with the test for subgroup differences, random effects, and rows RevMan cannot estimate. Published
/// values are from shared/docs/METHODS-REFERENCE.md §3.
/// </summary>
public class RevManAnalysisMappingTests
{
    private static readonly object[] PetoSettings = [new XAttribute("EFFECT_MEASURE", "PETO_OR"), new XAttribute("METHOD", "PETO"), new XAttribute("RANDOM", "NO")];

    [Fact]
    public void OMinusEAndVariance_IsPeto_LogScaleEstimatesOMinusEOverV()
    {
        var oe = Rm5Document.Outcome("IPD", 1, "TB cases (O-E)", [], new XElement("EFFECT_MEASURE", "Peto Odds Ratio"),
            Colditz1994Bcg.Trials.Select(t => Rm5Document.Data("IPD", t.Id, ("O_E", Colditz1994Bcg.Peto(t.Arms).OMinusE), ("VAR", Colditz1994Bcg.Peto(t.Arms).V))));
        var dich = Dichotomous(2, "TB cases", PetoSettings);
        var review = Read(oe, dich);

        var outcome = review.Comparisons[0].Outcomes[0];
        Assert.Equal((RevManDataType.OMinusEAndVariance, RevManEffectMeasure.PetoOddsRatio, PoolingMethod.Peto, true),
            (outcome.DataType, outcome.EffectMeasure, outcome.Method, outcome.LogScale));
        var inputs = RevManStudyInputs.From(outcome, outcome.Rows);
        var (o, v) = Colditz1994Bcg.Peto(Colditz1994Bcg.Trials[0].Arms);
        Assert.Equal(new GenericData(o / v, 1 / v), inputs.Studies[0].Data);

        var rows = RevManCheck.Run(review).Rows;
        Assert.Equal("Peto Odds Ratio (Exp[(O-E) / V], Fixed, 95% CI)", rows[0].Analysis);
        Assert.Equal("Peto Odds Ratio (Peto, Fixed, 95% CI)", rows[1].Analysis);
        var fromOe = rows[0].MetaReview!;
        var fromTables = rows[1].MetaReview!;
        Assert.Equal(fromTables.Estimate!.Value, fromOe.Estimate!.Value, 1e-12);
        Assert.Equal(fromTables.CiLower!.Value, fromOe.CiLower!.Value, 1e-12);
        Assert.Equal(fromTables.Heterogeneity!.Chi2!.Value, fromOe.Heterogeneity!.Chi2!.Value, 1e-9);
        // Published Peto OR for the BCG trials: log OR −0.4744 [−0.5541, −0.3948], Q 167.7302.
        Assert.Equal(-0.4744, Math.Log(fromOe.Estimate.Value), 4);
        Assert.Equal(-0.5541, Math.Log(fromOe.CiLower.Value), 4);
        Assert.Equal(167.7302, fromOe.Heterogeneity.Chi2.Value, 4);
    }

    [Fact]
    public void GenericInverseVariance_OnTheLogScale_TakesTheLogOfTheShownEstimate()
    {
        var giv = Rm5Document.Outcome("IV", 1, "TB cases (log RR)", [new XAttribute("LOG_DATA", "YES"), new XAttribute("RANDOM", "NO")],
            new XElement("EFFECT_MEASURE", "Risk Ratio"),
            Colditz1994Bcg.Trials.Select(t =>
            {
                var (yi, vi) = Colditz1994Bcg.LogRiskRatio(t.Arms);
                // RevMan stores the estimate as shown: exp of the entered log RR.
                return Rm5Document.Data("IV", t.Id, ("EFFECT_SIZE", Math.Exp(yi)), ("SE", Math.Sqrt(vi)));
            }));
        var review = Read(giv);
        var outcome = review.Comparisons[0].Outcomes[0];
        Assert.Equal((RevManDataType.GenericInverseVariance, RevManEffectMeasure.RiskRatio, true), (outcome.DataType, outcome.EffectMeasure, outcome.LogScale));
        Assert.Equal(Colditz1994Bcg.LogRiskRatio(Colditz1994Bcg.Trials[0].Arms).Yi, outcome.Rows[0].Estimate!.Value, 1e-14);

        var ours = RevManCheck.Run(review).Rows[0].MetaReview!;
        // Published fixed-effect IV log RR: −0.4303 [−0.5097, −0.3509], Q(12) 152.2330, I² 92.12%.
        Assert.Equal(-0.4303, Math.Log(ours.Estimate!.Value), 4);
        Assert.Equal(-0.5097, Math.Log(ours.CiLower!.Value), 4);
        Assert.Equal(152.2330, ours.Heterogeneity!.Chi2!.Value, 4);
        Assert.Equal(92.12, ours.Heterogeneity.I2!.Value, 2);
    }

    [Fact]
    public void GenericInverseVariance_WithoutLogData_AssumesFromTheMeasure_AndSaysSo()
    {
        var giv = Rm5Document.Outcome("IV", 1, "TB cases", [], new XElement("EFFECT_MEASURE", "Hazard Ratio"),
            Rm5Document.Data("IV", "STD-Aronson-1948", ("EFFECT_SIZE", 0.5), ("SE", 0.2)));
        var read = RevManReader.Read(Rm5Document.Review(giv), "giv.rm5");
        var warning = Assert.Single(read.Problems);
        Assert.False(warning.IsError);
        Assert.Contains("assumed log scale (a ratio measure)", warning.Message, StringComparison.Ordinal);
        Assert.True(read.Review!.Comparisons[0].Outcomes[0].LogScale);
    }

    [Fact]
    public void SwapEvents_AnalysesNonEvents()
    {
        var swapped = Dichotomous(1, "No TB", [new XAttribute("EFFECT_MEASURE", "RR"), new XAttribute("METHOD", "MH"), new XAttribute("RANDOM", "NO"), new XAttribute("SWAP_EVENTS", "YES")]);
        var review = Read(swapped);
        Assert.True(review.Comparisons[0].Outcomes[0].SwapEvents);
        var ours = RevManCheck.Run(review).Rows[0].MetaReview!;

        var nonEvents = Colditz1994Bcg.Trials.Select(t => new StudyInput(t.Id, new BinaryArms(t.Arms.NE - t.Arms.EventsE, t.Arms.NE, t.Arms.NC - t.Arms.EventsC, t.Arms.NC))).ToList();
        var direct = MetaAnalysis.Run(nonEvents, new AnalysisSettings { Preset = Preset.RevMan5 }.Resolve(EffectMeasure.RR));
        Assert.Equal(Math.Exp(direct.Model.Estimate), ours.Estimate!.Value, 1e-15);
        Assert.True(ours.Estimate.Value > 1); // vaccinated people stay free of TB more often
    }

    [Fact]
    public void Subgroups_AreCheckedEach_AndTheTestForSubgroupDifferencesIsRecomputed()
    {
        // Inverse-variance fixed effect: Q between subgroups = Q total − Σ Q within (Deeks, Altman and Bradburn 2001),
        // computed here from separate analyses and stored as RevMan would.
        var fixedRr = new AnalysisSettings { Preset = Preset.RevMan5, Method = PoolingMethod.IV }.Resolve(EffectMeasure.RR);
        double Q(IEnumerable<(string Id, BinaryArms Arms, string Allocation)> trials) =>
            MetaAnalysis.Run([.. trials.Select(t => new StudyInput(t.Id, t.Arms))], fixedRr).Model.Q;
        var groups = Colditz1994Bcg.Trials.GroupBy(t => t.Allocation).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var between = Q(Colditz1994Bcg.Trials) - groups.Sum(g => Q(g));

        var outcome = Rm5Document.Outcome("DICH", 1, "TB cases by allocation",
            [new XAttribute("EFFECT_MEASURE", "RR"), new XAttribute("METHOD", "IV"), new XAttribute("RANDOM", "NO"), new XAttribute("SUBGROUPS", "YES"), new XAttribute("TOTALS", "YES"),
                new XAttribute("Q", between), new XAttribute("P_Q", 1 - MathNet.Numerics.Distributions.ChiSquared.CDF(2, between)), new XAttribute("I2_Q", 100 * (between - 2) / between)],
            groups.Select((g, i) => new XElement("DICH_SUBGROUP", new XAttribute("NO", i + 1), new XAttribute("ID", $"CMP-001.01.{i + 1:00}"), new XElement("NAME", g.Key),
                g.Select(t => Rm5Document.Data("DICH", t.Id, ("EVENTS_1", t.Arms.EventsE), ("TOTAL_1", t.Arms.NE), ("EVENTS_2", t.Arms.EventsC), ("TOTAL_2", t.Arms.NC))))));
        var review = Read(outcome);
        var o = review.Comparisons[0].Outcomes[0];
        Assert.Equal(["alternate", "random", "systematic"], o.Subgroups.Select(s => s.Name));
        Assert.Equal([2, 7, 4], o.Subgroups.Select(s => s.Rows.Length));
        Assert.Equal(new RevManHeterogeneity(between, 2, 1 - MathNet.Numerics.Distributions.ChiSquared.CDF(2, between), 100 * (between - 2) / between), o.SubgroupDifferences);

        var rows = RevManCheck.Run(review).Rows;
        Assert.Equal(["1.1 TB cases by allocation", "1.1.1 alternate", "1.1.2 random", "1.1.3 systematic"], rows.Select(r => r.Label));
        var overall = rows[0];
        Assert.Equal(RevManCheckStatus.Pass, overall.Status);
        Assert.Equal(["Subgroups: Q", "Subgroups: QDf", "Subgroups: QP", "Subgroups: I2"], overall.Values.Select(v => v.Quantity));
        Assert.True(overall.Values[0].RelativeDifference < 1e-12);
        Assert.Equal(-0.4303, Math.Log(overall.MetaReview!.Estimate!.Value), 4); // all 13 trials, published FE IV
        Assert.All(rows.Skip(1), r => Assert.Equal(RevManCheckStatus.NotStored, r.Status));
    }

    [Fact]
    public void RandomEffects_AreDerSimonianLaird()
    {
        var random = Dichotomous(1, "TB cases", [new XAttribute("EFFECT_MEASURE", "RR"), new XAttribute("METHOD", "IV"), new XAttribute("RANDOM", "YES")]);
        var row = RevManCheck.Run(Read(random)).Rows[0];
        Assert.Equal("Risk Ratio (IV, Random, 95% CI)", row.Analysis);
        // Published RE DL log RR: −0.7141 [−1.0644, −0.3638], tau² 0.3088.
        Assert.Equal(-0.7141, Math.Log(row.MetaReview!.Estimate!.Value), 4);
        Assert.Equal(-1.0644, Math.Log(row.MetaReview.CiLower!.Value), 4);
        Assert.Equal(-0.3638, Math.Log(row.MetaReview.CiUpper!.Value), 4);
        Assert.Equal(0.3088, row.MetaReview.Tau2!.Value, 4);
    }

    [Fact]
    public void OutcomesMetaReviewCannotAnalyse_AreSkippedWithTheReason()
    {
        var hazard = Dichotomous(1, "Wrong measure", [new XAttribute("EFFECT_MEASURE", "HR"), new XAttribute("METHOD", "MH")]);
        var petoRandom = Dichotomous(2, "Peto random", [new XAttribute("EFFECT_MEASURE", "PETO_OR"), new XAttribute("METHOD", "PETO"), new XAttribute("RANDOM", "YES")]);
        var empty = Rm5Document.Outcome("CONT", 3, "No data", [new XAttribute("EFFECT_MEASURE", "MD")]);
        var rows = RevManCheck.Run(Read(hazard, petoRandom, empty)).Rows;
        Assert.All(rows, r => Assert.Equal(RevManCheckStatus.Skipped, r.Status));
        Assert.Equal("the effect measure 'HR' is not one RevMan uses for dichotomous data (OR, RR, RD, Peto OR)", rows[0].Reason);
        Assert.StartsWith("Peto's method is a fixed-effect method", rows[1].Reason, StringComparison.Ordinal);
        Assert.Equal("no data rows", rows[2].Reason);
    }

    [Fact]
    public void Settings_AreTheRevMan5PresetWithTheOutcomesOwnChoices()
    {
        var review = RevManReader.Read(RevManFixtures.Rm5).Review!;
        var (settings, reason) = RevManCheck.Settings(review.Comparisons[0].Outcomes[0]);
        Assert.Null(reason);
        Assert.Equal((Preset.RevMan5, EffectMeasure.OR, PoolingMethod.MH, EffectModel.Fixed, 0.95),
            (settings!.Preset, settings.Measure, settings.Method, settings.Model, settings.Level));
        var smd = RevManCheck.Settings(review.Comparisons[0].Outcomes[1]).Settings!.Resolve(EffectMeasure.SMD);
        Assert.Equal((SmdVariant.HedgesGApproximate, PoolingMethod.IV), (smd.EffectSizes.Smd, smd.Method));

        var hazard = review.Comparisons[0].Outcomes[0] with { EffectMeasure = RevManEffectMeasure.HazardRatio, EffectMeasureText = "HR" };
        Assert.Equal((null, "the effect measure 'HR' is not one RevMan uses for dichotomous data (OR, RR, RD, Peto OR)"), RevManCheck.Settings(hazard));
    }

    [Fact]
    public void RowsRevManCannotEstimate_AreLeftOutWithANote()
    {
        var cont = Rm5Document.Outcome("CONT", 1, "Scores", [new XAttribute("EFFECT_MEASURE", "MD"), new XAttribute("RANDOM", "NO")],
            // Fleiss (1993) Davis and Florell; a third row as RevMan keeps a study with no data entered yet.
            Rm5Document.Data("CONT", "STD-Davis-1973", ("MEAN_1", 5), ("SD_1", 4.7), ("TOTAL_1", 13), ("MEAN_2", 6.5), ("SD_2", 3.8), ("TOTAL_2", 13)),
            Rm5Document.Data("CONT", "STD-Florell-1971", ("MEAN_1", 4.9), ("SD_1", 1.71), ("TOTAL_1", 30), ("MEAN_2", 6.1), ("SD_2", 2.3), ("TOTAL_2", 50)),
            Rm5Document.Data("CONT", "STD-Empty-2000", ("MEAN_1", 0), ("SD_1", 0), ("TOTAL_1", 0), ("MEAN_2", 0), ("SD_2", 0), ("TOTAL_2", 0)));
        var row = RevManCheck.Run(Read(cont)).Rows[0];
        Assert.Equal(2, row.MetaReview!.Studies);
        Assert.Contains(row.Notes, n => n.StartsWith("Empty-2000: an SD or total of 0 or less", StringComparison.Ordinal));
    }

    private static XElement Dichotomous(int number, string name, object[] settings) =>
        Rm5Document.Outcome("DICH", number, name, settings,
            Colditz1994Bcg.Trials.Select(t => Rm5Document.Data("DICH", t.Id, ("EVENTS_1", t.Arms.EventsE), ("TOTAL_1", t.Arms.NE), ("EVENTS_2", t.Arms.EventsC), ("TOTAL_2", t.Arms.NC))));

    private static RevManReview Read(params XElement[] outcomes)
    {
        var read = RevManReader.Read(Rm5Document.Review(outcomes), "bcg.rm5");
        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        return read.Review!;
    }
}
