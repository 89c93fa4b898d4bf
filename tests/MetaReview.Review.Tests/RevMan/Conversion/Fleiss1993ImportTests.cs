using MetaReview.Review.Project;
using MetaReview.Review.RevMan;
using MetaReview.Review.RevMan.Conversion;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;

namespace MetaReview.Review.Tests.RevMan.Conversion;

/// <summary>
/// Fleiss (1993) imported from each of RevMan's three formats (Fixtures/README.md) and loaded back as a review project:
/// the project's own analyses, on the revman5 preset, reproduce RevMan's stored results to the precision RevMan stored
/// them (full precision in .rm5, 8 decimals in the CSV export, 6 in the data package; chi-square p-values to RevMan's
/// own accuracy, 1e-6 relative; see docs/revman.md).
/// </summary>
public class Fleiss1993ImportTests
{
    public static TheoryData<string> Samples => new() { "Fleiss1993.rm5", "Fleiss1993_CR.csv", "Fleiss1993.zip" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void TheProjectLoadsWithoutProblemsOrWarnings(string sample)
    {
        using var imported = ImportedProject.From(RevManFixtures.PathOf(sample));
        Assert.Empty(imported.Load.Problems);
        Assert.Empty(imported.Load.Warnings);
        var project = imported.Project;
        Assert.Equal(12, project.IncludedStudies.Count());
        Assert.Equal(["1.1", "1.2"], project.Outcomes.Select(o => o.Id));
        Assert.Equal([7, 5], project.Outcomes.Select(o => o.Data.Length));
        Assert.Equal((12, 2, 12, 0), (imported.Conversion.Studies, imported.Conversion.Outcomes, imported.Conversion.DataRows, imported.Conversion.MissingRows));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void TheProjectsAnalyses_ReproduceRevMansStoredResults(string sample)
    {
        using var imported = ImportedProject.From(RevManFixtures.PathOf(sample));
        var stored = RevManResultsFile.Read(Path.Combine(imported.Directory, RevManResultsFile.FileName));
        var compared = 0;
        foreach (var outcome in imported.Project.Outcomes)
        {
            Assert.Equal("revman5", outcome.Analysis.Options.Preset);
            var result = MetaAnalysis.Run(outcome.ToStudyInputs(), outcome.Analysis.Options);
            var revman = stored.Outcomes.Single(o => o.Outcome == outcome.Id);
            if (revman.Results is not { } r)
            {
                continue;
            }

            Func<double, double> shown = revman.LogScale ? Math.Exp : x => x;
            var m = result.Model;
            void Same(double? expected, double actual, string what, bool chiSquareP = false)
            {
                var e = expected!.Value;
                var allowed = stored.StoredDecimals is { } d ? 0.5 * Math.Pow(10, -d) * (1 + 1e-9) : 1e-8 * Math.Abs(e) + 1e-10;
                allowed = chiSquareP ? Math.Max(allowed, 1e-6 * Math.Abs(e)) : allowed;
                Assert.True(Math.Abs(actual - e) <= allowed, $"{sample}, {outcome.Id} {what}: RevMan {e:R}, project {actual:R}");
                compared++;
            }

            Same(r.Estimate, shown(m.Estimate), "estimate");
            Same(r.CiLower, shown(m.CiLower), "ci_lower");
            Same(r.CiUpper, shown(m.CiUpper), "ci_upper");
            Same(r.Z, Math.Abs(m.Statistic), "z");
            Same(r.PValue, m.PValue, "p");
            Same(r.Heterogeneity!.Chi2, m.Q, "Q");
            Same(r.Heterogeneity.Df, m.QDf, "df");
            Same(r.Heterogeneity.P, m.QP, "P(Q)", chiSquareP: true);
            Same(r.Heterogeneity.I2, m.I2, "I2");
            for (var i = 0; i < outcome.Data.Length; i++)
            {
                var study = revman.Studies.Single(s => s.Study == outcome.Data[i].Study.Id);
                Same(study.Result.Weight, m.WeightPercent[i], $"{study.Name} weight");
            }
        }

        // 9 pooled values and 7 weights for the aspirin trials, and for the CSV's MD outcome 9 and 5.
        Assert.Equal(sample == "Fleiss1993_CR.csv" ? 30 : 16, compared);
    }

    [Theory]
    [InlineData("Fleiss1993.rm5", new[] { RevManCheckStatus.Pass, RevManCheckStatus.NotStored })]
    [InlineData("Fleiss1993_CR.csv", new[] { RevManCheckStatus.Pass, RevManCheckStatus.Pass })]
    [InlineData("Fleiss1993.zip", new[] { RevManCheckStatus.Pass, RevManCheckStatus.NotStored })]
    public void ProjectCheck_AgreesAsTheFileCheckDoes(string sample, RevManCheckStatus[] statuses)
    {
        using var imported = ImportedProject.From(RevManFixtures.PathOf(sample));
        var file = RevManCheck.Run(imported.Review);
        var project = RevManProjectCheck.Run(imported.Project, imported.Conversion.StoredResults);
        Assert.Equal(statuses, project.Rows.Select(r => r.Status));
        Assert.Equal(file.Rows.Select(r => (r.Label, r.Analysis, r.Values.Length)), project.Rows.Select(r => (r.Label, r.Analysis, r.Values.Length)));
        Assert.Equal(file.Tolerance, project.Tolerance);
        for (var i = 0; i < file.Rows.Length; i++)
        {
            Assert.Equal(file.Rows[i].MetaReview!.Estimate!.Value, project.Rows[i].MetaReview!.Estimate!.Value, 1e-15);
            Assert.Equal(file.Rows[i].MetaReview!.Heterogeneity!.Chi2!.Value, project.Rows[i].MetaReview!.Heterogeneity!.Chi2!.Value, 1e-12);
        }
    }

    [Fact]
    public void Rm5_StudiesOutcomesAndPlans_AreRevMans()
    {
        using var imported = ImportedProject.From(RevManFixtures.Rm5);
        var project = imported.Project;
        Assert.Equal("Examples from Fleiss 1993", project.Title);
        var isis = project.FindStudy("isis-2")!;
        Assert.Equal(("ISIS-2", "ISIS-2 1988", StudyDesign.Other, StudyStatus.Included, "Data source (RevMan): PUB"), (isis.Label, isis.Citation, isis.Design, isis.Status, isis.Notes));

        var aspirin = project.FindOutcome("1.1")!;
        Assert.Equal(("Aspirin for Preventing Death after Myocardial Infarction", DataType.Binary, EffectMeasure.OR, OutcomeDirection.LowerIsBetter),
            (aspirin.Name, aspirin.Type, aspirin.Measure, aspirin.Direction));
        var options = aspirin.Analysis.Options;
        var revman = RevManCheck.Settings(imported.Review.Comparisons[0].Outcomes[0]).Settings!;
        Assert.Equal(revman.Resolve(EffectMeasure.OR), options);
        Assert.Equal((PoolingMethod.MH, EffectModel.Fixed, 0.95), (options.Method, options.Model.Model, options.Model.Level));
        var isisData = aspirin.Data.Single(d => d.Study.Id == "isis-2");
        Assert.Equal(new BinaryArms(1570, 8587, 1720, 8600), isisData.Data);
        Assert.Equal("RevMan review Fleiss1993.rm5, analysis 1.1", isisData.Source);

        var mental = project.FindOutcome("1.2")!;
        Assert.Equal((DataType.Continuous, EffectMeasure.SMD, SmdVariant.HedgesGApproximate), (mental.Type, mental.Measure, mental.Analysis.Options.EffectSizes.Smd));
        Assert.Equal(new ContinuousArms(4.9, 1.71, 30, 6.1, 2.3, 50), mental.Data.Single(d => d.Study.Label == "Florell").Data);
    }

    [Fact]
    public void Rm5_RiskOfBias_TheOneJudgedDomain_IsACustomTool_AndTheEmptyOnesAreNoted()
    {
        using var imported = ImportedProject.From(RevManFixtures.Rm5);
        var assessments = imported.Project.RiskOfBias;
        Assert.Equal(12, assessments.Length);
        var amis = assessments.Single(a => a.Study == "amis");
        Assert.Equal(RiskOfBiasTool.Custom, amis.Scheme.Tool);
        var domain = Assert.Single(amis.Domains);
        Assert.Equal(("qit-02", BiasJudgement.Unclear, null), (domain.Domain, domain.Judgement, domain.Support));
        Assert.Equal(new RiskOfBiasDomain("qit-02", "Allocation concealment?"), Assert.Single(amis.Scheme.Domains));
        Assert.Equal((BiasJudgement.Unclear, true), (amis.Overall, amis.IsOverallDerived));

        var notImported = imported.Conversion.NotesOf(RevManNoteKind.NotImported).Select(n => n.ToString()).ToList();
        Assert.Contains("not imported: risk of bias: the domain 'Blinding?' (Was knowledge of the allocated interventions adequately prevented during the study?) has no low, unclear or high judgement of an included study", notImported);
        Assert.Contains("not imported: outcome 1.1 Aspirin for Preventing Death after Myocardial Infarction: comparison 1 'Examples from Fleiss (1993)'; arm labels 'Aspirin' (experimental) and 'Control' (control); forest plot labels 'Favours experimental' (left) and 'Favours control' (right)", notImported);
        Assert.Contains(imported.Conversion.NotesOf(RevManNoteKind.Assumption), n => n.Message == "direction lower-is-better, from RevMan's forest plot labels ('Favours experimental' on the left, 'Favours control' on the right)");
        Assert.Equal(File.ReadAllText(Path.Combine(imported.Directory, RevManConversion.NotesFileName)), imported.Conversion.NotesText);
        Assert.Contains("- risk of bias: the domain 'Free of other bias?'", imported.Conversion.NotesText, StringComparison.Ordinal);
    }

    [Fact]
    public void DataPackage_NotApplicableJudgements_AreNoted_AndNoRiskOfBiasIsWritten()
    {
        using var imported = ImportedProject.From(RevManFixtures.Zip);
        Assert.Empty(imported.Project.RiskOfBias);
        var note = Assert.Single(imported.Conversion.NotesOf(RevManNoteKind.NotImported), n => n.Message.StartsWith("the judgement 'Not applicable'", StringComparison.Ordinal));
        Assert.EndsWith("is not low, unclear or high, which is all the review file holds for RoB 1: AMIS, CDP, Davis, Florell, GASP, Gruen, Hart, ISIS-2, MRC-1, MRC-2, PARIS, Wilson", note.Message, StringComparison.Ordinal);
        // The zero-width "results" RevMan Web wrote for the SMD outcome: the reader's warning is kept.
        var warning = Assert.Single(imported.Conversion.NotesOf(RevManNoteKind.ReaderWarning));
        Assert.Contains("which no data can give", warning.Message, StringComparison.Ordinal);
        Assert.Contains(imported.Conversion.NotesOf(RevManNoteKind.Assumption), n => n.Message.StartsWith("direction lower-is-better: the file has no forest plot labels", StringComparison.Ordinal));
    }

    [Fact]
    public void ResultsFile_KeepsRevMansValuesAtTheirPrecision()
    {
        using var imported = ImportedProject.From(RevManFixtures.Rm5);
        var stored = RevManResultsFile.Read(Path.Combine(imported.Directory, RevManResultsFile.FileName));
        Assert.Equal(("Fleiss1993.rm5", RevManFormat.Rm5, "5.0.23", (int?)null), (stored.Source, stored.Format, stored.RevManVersion, stored.StoredDecimals));
        var aspirin = stored.Outcomes[0];
        Assert.Equal(("1.1", "Odds Ratio (M-H, Fixed, 95% CI)", "OR", true), (aspirin.Outcome, aspirin.Analysis, aspirin.EffectMeasure, aspirin.LogScale));
        Assert.Equal(imported.Review.Comparisons[0].Outcomes[0].Results, aspirin.Results);
        Assert.Equal(new RevManStudyResult(0.8949693601254097, 0.8294175772940908, 0.965701930475584, 0.03880976559851533, 72.87984024392564),
            aspirin.Studies.Single(s => s.Study == "isis-2").Result);
        Assert.Null(stored.Outcomes[1].Results); // RevMan 5.0.23 stored no SMD results
        Assert.Empty(stored.Outcomes[1].Studies);
    }
}
