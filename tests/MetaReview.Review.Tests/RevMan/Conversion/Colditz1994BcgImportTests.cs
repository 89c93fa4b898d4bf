using System.Xml.Linq;
using MetaReview.Review.Project;
using MetaReview.Review.RevMan;
using MetaReview.Review.RevMan.Conversion;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Estimators;
using MetaReview.Statistics.Models;
using MetaReview.Statistics.Tests;

namespace MetaReview.Review.Tests.RevMan.Conversion;

/// <summary>
/// The BCG trials (Colditz 1994; metadat dat.bcg) written as RevMan 5 outcomes of each data type and imported: subgroups
/// by allocation become a study characteristic, O−E and variance data Peto's generic estimates, generic inverse variance
/// data estimates with SEs; the project's analyses equal MetaReview's analysis of the RevMan file (RevManCheck) and the
/// published values of shared/docs/METHODS-REFERENCE.md §3.
/// </summary>
public class Colditz1994BcgImportTests
{
    [Fact]
    public void Subgroups_BecomeACharacteristic_AndTheAnalysesAreRevMans()
    {
        var groups = Colditz1994Bcg.Trials.GroupBy(t => t.Allocation).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var outcome = Rm5Document.Outcome("DICH", 1, "TB cases by allocation",
            [new XAttribute("EFFECT_MEASURE", "RR"), new XAttribute("METHOD", "IV"), new XAttribute("RANDOM", "YES"), new XAttribute("SUBGROUPS", "YES")],
            groups.Select((g, i) => new XElement("DICH_SUBGROUP", new XAttribute("NO", i + 1), new XElement("NAME", g.Key), g.Select(t => Dich(t.Id, t.Arms)))));
        using var imported = ImportedProject.From(Rm5Document.Review(outcome), "bcg.rm5");
        Assert.Empty(imported.Load.Warnings);
        var project = imported.Project;
        var characteristic = Assert.Single(project.Characteristics);
        Assert.Equal(("subgroups_1.1", "Subgroups of 1.1 TB cases by allocation", CharacteristicType.Category), (characteristic.Id, characteristic.Name, characteristic.Type));
        Assert.Equal(["alternate", "random", "systematic"], characteristic.Values.ToArray());
        Assert.Equal("systematic", project.FindStudy("comstock-1974")!.Characteristic(characteristic.Id));

        var o = project.FindOutcome("1.1")!;
        Assert.Equal(["subgroups_1.1"], o.Analysis.Subgroups.ToArray());
        Assert.Equal((PoolingMethod.IV, EffectModel.Random, Tau2Method.DL), (o.Analysis.Options.Method, o.Analysis.Options.Model.Model, o.Analysis.Options.Model.Tau2Method));
        var overall = MetaAnalysis.Run(o.ToStudyInputs(), o.Analysis.Options).Model;
        // Published random-effects (DL) log RR: −0.7141 [−1.0644, −0.3638], tau² 0.3088.
        Tolerance.Published(-0.7141, overall.Estimate, 4);
        Tolerance.Published(-1.0644, overall.CiLower, 4);
        Tolerance.Published(0.3088, overall.Tau2, 4);

        var check = RevManCheck.Run(imported.Review).Rows;
        Assert.Equal(Math.Log(check[0].MetaReview!.Estimate!.Value), overall.Estimate, 1e-14);
        var subgroups = o.Subgroups(characteristic);
        Assert.Equal([("alternate", 2), ("random", 7), ("systematic", 4)], subgroups.Select(s => (s.Value, s.Data.Length)));
        for (var i = 0; i < subgroups.Length; i++)
        {
            var fit = MetaAnalysis.Run(subgroups[i].ToStudyInputs(), o.Analysis.Options).Model;
            Assert.Equal(check[i + 1].Label, $"1.1.{i + 1} {subgroups[i].Value}");
            Assert.Equal(Math.Log(check[i + 1].MetaReview!.Estimate!.Value), fit.Estimate, 1e-14);
            Assert.Equal(check[i + 1].MetaReview!.Tau2!.Value, fit.Tau2, 1e-14);
        }

        var stored = imported.Conversion.StoredResults.Outcomes[0];
        Assert.Equal(("subgroups_1.1", 3), (stored.SubgroupCharacteristic, stored.Subgroups.Length));
        var projectCheck = RevManProjectCheck.Run(project, imported.Conversion.StoredResults);
        Assert.Equal(check.Select(r => (r.Label, r.Status)), projectCheck.Rows.Select(r => (r.Label, r.Status)));
    }

    [Fact]
    public void OMinusEAndVariance_IsAGenericPetoOutcome_WithYiAndVi()
    {
        var outcome = Rm5Document.Outcome("IPD", 1, "TB cases (O-E)", [new XAttribute("RANDOM", "NO")], new XElement("EFFECT_MEASURE", "Peto Odds Ratio"),
            Colditz1994Bcg.Trials.Select(t => Rm5Document.Data("IPD", t.Id, ("O_E", Colditz1994Bcg.Peto(t.Arms).OMinusE), ("VAR", Colditz1994Bcg.Peto(t.Arms).V))));
        using var imported = ImportedProject.From(Rm5Document.Review(outcome), "bcg.rm5");
        var o = imported.Project.FindOutcome("1.1")!;
        Assert.Equal((DataType.Generic, EffectMeasure.PETO, PoolingMethod.IV), (o.Type, o.Measure, o.Analysis.Options.Method));
        var (oe, v) = Colditz1994Bcg.Peto(Colditz1994Bcg.Trials[0].Arms);
        Assert.Equal(new GenericData(oe / v, 1 / v), o.Data[0].Data);
        Assert.StartsWith("RevMan O−E and variance: O−E = ", o.Data[0].Notes, StringComparison.Ordinal);

        var model = MetaAnalysis.Run(o.ToStudyInputs(), o.Analysis.Options).Model;
        // Published Peto OR for the BCG trials: log OR −0.4744 [−0.5541, −0.3948], Q 167.7302.
        Tolerance.Published(-0.4744, model.Estimate, 4);
        Tolerance.Published(-0.5541, model.CiLower, 4);
        Tolerance.Published(167.7302, model.Q, 4);
        Assert.Equal(Math.Log(RevManCheck.Run(imported.Review).Rows[0].MetaReview!.Estimate!.Value), model.Estimate, 1e-14);
    }

    [Fact]
    public void GenericInverseVariance_KeepsTheRatioMeasureAndTheSe_AndAHazardRatioIsGen()
    {
        var rr = Rm5Document.Outcome("IV", 1, "TB cases (log RR)", [new XAttribute("LOG_DATA", "YES"), new XAttribute("RANDOM", "NO")], new XElement("EFFECT_MEASURE", "Risk Ratio"),
            Colditz1994Bcg.Trials.Select(t =>
            {
                var (yi, vi) = Colditz1994Bcg.LogRiskRatio(t.Arms);
                return Rm5Document.Data("IV", t.Id, ("EFFECT_SIZE", Math.Exp(yi)), ("SE", Math.Sqrt(vi)));
            }));
        // The same log risk ratios, entered as RevMan's generic "Hazard Ratio", which MetaReview has no measure for.
        var hr = new XElement(rr) { Name = "IV_OUTCOME" };
        hr.SetAttributeValue("NO", 2);
        hr.SetAttributeValue("ID", "CMP-001.02");
        hr.Element("EFFECT_MEASURE")!.Value = "Hazard Ratio";
        using var imported = ImportedProject.From(Rm5Document.Review(rr, hr), "bcg.rm5");
        var logRr = imported.Project.FindOutcome("1.1")!;
        Assert.Equal((DataType.Generic, EffectMeasure.RR, PoolingMethod.IV), (logRr.Type, logRr.Measure, logRr.Analysis.Options.Method));
        var first = Colditz1994Bcg.LogRiskRatio(Colditz1994Bcg.Trials[0].Arms);
        Assert.Equal(imported.Review.Comparisons[0].Outcomes[0].Rows[0].Estimate!.Value, ((GenericData)logRr.Data[0].Data).Yi);
        Assert.Equal(first.Yi, ((GenericData)logRr.Data[0].Data).Yi, 1e-14);
        var model = MetaAnalysis.Run(logRr.ToStudyInputs(), logRr.Analysis.Options).Model;
        // Published fixed-effect IV log RR: −0.4303 [−0.5097, −0.3509], Q(12) 152.2330.
        Tolerance.Published(-0.4303, model.Estimate, 4);
        Tolerance.Published(-0.5097, model.CiLower, 4);
        Tolerance.Published(152.2330, model.Q, 4);

        var hazard = imported.Project.FindOutcome("1.2")!;
        Assert.Equal(EffectMeasure.GEN, hazard.Measure);
        Assert.Equal(model.Estimate, MetaAnalysis.Run(hazard.ToStudyInputs(), hazard.Analysis.Options).Model.Estimate, 1e-15);
        Assert.Contains(imported.Conversion.Notes, n => n.ToString() == "assumed: outcome 1.2 TB cases (log RR): MetaReview has no measure 'Hazard Ratio': analysed as GEN on the log scale (the estimates are natural logs; RevMan shows them exponentiated)");
    }

    [Fact]
    public void WhatTheReviewFileCannotHold_IsNoted_NeverDropped()
    {
        var random = Colditz1994Bcg.Trials.Where(t => t.Allocation == "random").ToList();
        // A study entered in two subgroups of one outcome (the random trials again under "all trials"), an outcome whose
        // measure does not fit its data, and a row RevMan keeps for a study with no data entered yet.
        var twice = Rm5Document.Outcome("DICH", 1, "TB cases",
            [new XAttribute("EFFECT_MEASURE", "RR"), new XAttribute("METHOD", "MH"), new XAttribute("RANDOM", "NO")],
            new XElement("DICH_SUBGROUP", new XAttribute("NO", 1), new XElement("NAME", "random allocation"), random.Select(t => Dich(t.Id, t.Arms))),
            new XElement("DICH_SUBGROUP", new XAttribute("NO", 2), new XElement("NAME", "all trials"), Colditz1994Bcg.Trials.Select(t => Dich(t.Id, t.Arms))));
        var hazard = Rm5Document.Outcome("DICH", 2, "TB cases (HR)", [new XAttribute("EFFECT_MEASURE", "HR"), new XAttribute("METHOD", "MH")], Dich(random[0].Id, random[0].Arms));
        var scores = Rm5Document.Outcome("CONT", 3, "Scores", [new XAttribute("EFFECT_MEASURE", "MD"), new XAttribute("RANDOM", "NO")],
            // Fleiss (1993) Davis and Florell, and a row with nothing entered yet.
            Rm5Document.Data("CONT", "STD-Davis-1973", ("MEAN_1", 5), ("SD_1", 4.7), ("TOTAL_1", 13), ("MEAN_2", 6.5), ("SD_2", 3.8), ("TOTAL_2", 13)),
            Rm5Document.Data("CONT", "STD-Florell-1971", ("MEAN_1", 4.9), ("SD_1", 1.71), ("TOTAL_1", 30), ("MEAN_2", 6.1), ("SD_2", 2.3), ("TOTAL_2", 50)),
            Rm5Document.Data("CONT", "STD-Empty-2000", ("MEAN_1", 0), ("SD_1", 0), ("TOTAL_1", 0), ("MEAN_2", 0), ("SD_2", 0), ("TOTAL_2", 0)));
        using var imported = ImportedProject.From(Rm5Document.Review(twice, hazard, scores), "bcg.rm5");
        var notes = imported.Conversion.Notes.Select(n => n.ToString()).ToList();

        var first = imported.Project.FindOutcome("1.1")!;
        Assert.Equal(13, first.Data.Length);
        Assert.Equal(7, notes.Count(n => n.StartsWith("not imported: outcome 1.1, study ", StringComparison.Ordinal) && n.Contains("second row in this outcome (subgroup 'all trials')", StringComparison.Ordinal)));
        Assert.Contains("not imported: outcome 1.1, study Aronson-1948: the study has a second row in this outcome (subgroup 'all trials'); the review file allows one entry per study and outcome, so this row is not imported: Aronson-1948: 4/123 vs 11/139", notes);

        Assert.Null(imported.Project.FindOutcome("1.2"));
        Assert.Contains("not imported: outcome 1.2 TB cases (HR): MetaReview cannot analyse it (the effect measure 'HR' is not one RevMan uses for dichotomous data (OR, RR, RD, Peto OR)); its data: Aronson-1948: 4/123 vs 11/139", notes);

        var third = imported.Project.FindOutcome("1.3")!;
        Assert.Equal(2, third.Data.Length);
        var missing = Assert.Single(third.Missing);
        Assert.Equal(("empty-2000", "RevMan row not estimable (an SD or total of 0 or less (SD 0 and 0, n 0 and 0): not estimable): Empty-2000: mean 0, SD 0, n 0 vs mean 0, SD 0, n 0"), (missing.Study.Id, missing.Reason));
        Assert.Equal((2, 1), (imported.Conversion.DataRows - 13, imported.Conversion.MissingRows));
    }

    private static XElement Dich(string id, BinaryArms a) =>
        Rm5Document.Data("DICH", id, ("EVENTS_1", a.EventsE), ("TOTAL_1", a.NE), ("EVENTS_2", a.EventsC), ("TOTAL_2", a.NC));
}
