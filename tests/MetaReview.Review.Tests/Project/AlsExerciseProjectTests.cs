using MetaReview.Review.Grade;
using MetaReview.Review.Project;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;

namespace MetaReview.Review.Tests.Project;

/// <summary>
/// The ALS mini-review (<see cref="AlsExerciseProject"/>): published per-arm numbers (docs/ALS-TRIALS.md)
/// loaded from a project folder, converted where they were reported as confidence intervals, and analysed.
/// Reference values from R 4 / metafor 3.8-1 (the calls are beside each number).
/// </summary>
public class AlsExerciseProjectTests
{
    private static readonly Lazy<(ReviewLoadResult Result, string Folder)> Loaded = new(() =>
    {
        var folder = ReviewFiles.NewFolder();
        File.WriteAllText(Path.Combine(folder, "review.yaml"), AlsExerciseProject.Yaml);
        return (ReviewProjectLoader.Load(folder), folder);
    });

    private static ReviewProject Project => Loaded.Value.Result.Project!;

    [Fact]
    public void Loads_WithoutProblems_AndOneWarningForTheStudyWithoutAnExerciseType()
    {
        var (result, folder) = Loaded.Value;
        Assert.Empty(result.Problems);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(ReviewProblemCode.Incomplete, warning.Code);
        Assert.Equal(Path.Combine(folder, "review.yaml"), warning.Location.File);
        Assert.Equal(LineOf("subgroups: [exercise_type]"), warning.Location.Line);
        Assert.Equal(19, warning.Location.Column); // the 'exercise_type' inside the brackets
        Assert.Equal("outcome 'alsfrs_6m', analysis: 'zucchi2019' has no 'exercise_type' and will be left out of the subgroup analysis", warning.Message);
    }

    [Fact]
    public void Studies_KeepStatusLabelAndCharacteristics()
    {
        Assert.Equal("Exercise for people with amyotrophic lateral sclerosis: a worked example", Project.Title);
        Assert.Equal(["braga2018", "lunetta2016", "zucchi2019", "plowman2023"], Project.IncludedStudies.Select(s => s.Id));
        var awaiting = Assert.Single(Project.StudiesAwaitingData);
        Assert.Equal("Dal Bello-Haas 2007", awaiting.Label);
        var excluded = Assert.Single(Project.ExcludedStudies);
        Assert.Equal(("kitano2018", "design", "not randomised"), (excluded.Id, excluded.ExclusionCriterion, Project.FindCriterion(excluded.ExclusionCriterion!)!.ExclusionReason));
        Assert.Equal(StudyDesign.NonRandomised, excluded.Design);
        Assert.False(excluded.IsRandomised);
        // Values are stored in the declared spelling ("Combined" is written in the file).
        Assert.Equal("combined", Project.FindStudy("lunetta2016")!.Characteristic("exercise_type"));
        Assert.Equal(48, Project.FindStudy("braga2018")!.NRandomised);
    }

    [Fact]
    public void Alsfrs6m_StudyInputsAreTheReportedArmsLabelledAuthorYear()
    {
        var outcome = Project.FindOutcome("alsfrs_6m")!;
        var inputs = outcome.ToStudyInputs();
        Assert.Equal(["Braga 2018", "Lunetta 2016", "Zucchi 2019"], inputs.Select(s => s.Study));
        Assert.Equal(new ContinuousArms(34.1, 7.1, 24, 29.5, 7.7, 24), inputs[0].Data);
        Assert.Equal(new ContinuousArms(32.8, 6.5, 30, 28.7, 7.5, 30), inputs[1].Data);
        Assert.Equal(new ContinuousArms(33.08, 9.76, 32, 33.08, 9.42, 33), inputs[2].Data);
        Assert.All(outcome.Data, d => Assert.Empty(d.Conversions));
        var braga = outcome.Data[0];
        Assert.Equal(["experimental.n", "experimental.mean", "experimental.sd", "control.n", "control.mean", "control.sd"], braga.Reported.Select(v => v.Name));
        Assert.All(braga.Reported, v => Assert.Equal("Table 2 (T2)", v.Source));
    }

    [Fact]
    public void Alsfrs6m_AwaitingDataStudyIsListedAsMissing_NotAnalysed()
    {
        var outcome = Project.FindOutcome("alsfrs_6m")!;
        var missing = Assert.Single(outcome.Missing);
        Assert.Equal("dalbellohaas2007", missing.Study.Id);
        Assert.Equal("Per-arm ALSFRS data are not available to us", missing.Reason);
        Assert.DoesNotContain(outcome.Data, d => d.Study.Id == "dalbellohaas2007");
    }

    [Fact]
    public void Alsfrs6m_RandomEffectsReml_AsMetafor()
    {
        // Rscript: rma(yi, vi, data=escalc("MD", m1i, sd1i, n1i, m2i, sd2i, n2i), method="REML",
        //              control=list(threshold=1e-12, maxiter=1000))
        //   → b 3.1960117182236623, se 1.2561773093213975, tau2 0.4270851708438137
        var outcome = Project.FindOutcome("alsfrs_6m")!;
        Assert.Equal(EffectModel.Random, outcome.Analysis.Options.Model.Model);
        var result = MetaAnalysis.Run(outcome.ToStudyInputs(), outcome.Analysis.Options);
        Tolerance.Relative(3.1960117182236623, result.Model.Estimate, Tolerance.Iterative, "MD");
        Tolerance.Relative(1.2561773093213975, result.Model.StandardError, Tolerance.Iterative, "SE");
        Tolerance.Relative(0.4270851708438137, result.Model.Tau2, Tolerance.Iterative, "tau2");
    }

    [Fact]
    public void Alsfrs6m_Sensitivity_FixedEffectAndWithoutZucchi()
    {
        var outcome = Project.FindOutcome("alsfrs_6m")!;
        Assert.Equal(["Fixed-effect model", "Without Zucchi 2019 (both arms exercise)"], outcome.Analysis.Sensitivity.Select(s => s.Name));

        // Rscript: rma(yi, vi, data=es, method="FE") → b 3.2223013355648686, se 1.1953608209273214
        var fixedEffect = outcome.Analysis.Sensitivity[0];
        Assert.Equal(SensitivityKind.Settings, fixedEffect.Kind);
        var fe = MetaAnalysis.Run(Project.SensitivityInputs(outcome, fixedEffect), fixedEffect.Settings.Resolve(outcome.Measure));
        Tolerance.Relative(3.2223013355648686, fe.Model.Estimate, Tolerance.ClosedForm, "MD (FE)");
        Tolerance.Relative(1.1953608209273214, fe.Model.StandardError, Tolerance.ClosedForm, "SE (FE)");

        var withoutZucchi = outcome.Analysis.Sensitivity[1];
        Assert.Equal(SensitivityKind.ExcludeStudies, withoutZucchi.Kind);
        Assert.Equal(["zucchi2019"], withoutZucchi.ExcludedStudies.AsEnumerable());
        Assert.Equal(["Braga 2018", "Lunetta 2016"], Project.SensitivityInputs(outcome, withoutZucchi).Select(s => s.Study));
        Assert.Equal(EffectModel.Random, withoutZucchi.Settings.Resolve(outcome.Measure).Model.Model);
    }

    [Fact]
    public void Alsfrs6m_SubgroupsByExerciseType_InTheDeclaredOrder()
    {
        var outcome = Project.FindOutcome("alsfrs_6m")!;
        Assert.Equal(["exercise_type"], outcome.Analysis.Subgroups.AsEnumerable());
        var subgroups = outcome.Subgroups(Project.FindCharacteristic("exercise_type")!);
        Assert.Equal(["aerobic", "combined"], subgroups.Select(g => g.Value));
        Assert.Equal(["Braga 2018"], subgroups[0].ToStudyInputs().Select(s => s.Study));
        Assert.Equal(["Lunetta 2016"], subgroups[1].ToStudyInputs().Select(s => s.Study));
    }

    [Fact]
    public void Alsfrs6m_GradeOverrideKeepsItsReason()
    {
        var judgement = Assert.Single(Project.FindOutcome("alsfrs_6m")!.Grade);
        Assert.Equal((GradeDomain.Imprecision, -1), (judgement.Domain, judgement.Levels));
        Assert.Equal("Three trials with 173 participants: the optimal information size is not met.", judgement.Reason);
    }

    [Fact]
    public void Alsfrs6m_GradeEngineTakesTheOverrideAndTheRiskOfBiasLevels()
    {
        var outcome = Project.FindOutcome("alsfrs_6m")!;
        var analysis = MetaAnalysis.Run(outcome.ToStudyInputs(), outcome.Analysis.Options);
        var assessment = GradeAssessor.Assess(new GradeInput
        {
            Outcome = outcome.Name,
            Analysis = analysis,
            RiskOfBias = [.. outcome.Data.Select(d => Project.RiskOfBiasLevelFor(d.Study.Id, outcome.Id))],
            Overrides = [.. outcome.Grade.Select(g => g.ToJudgement())],
        });
        var imprecision = assessment.Judgements.Single(j => j.Domain == GradeDomain.Imprecision);
        Assert.Equal((-1, true), (imprecision.Levels, imprecision.IsOverride));
        Assert.Equal("Three trials with 173 participants: the optimal information size is not met.", imprecision.Reason);
        Assert.Equal(RiskOfBiasLevel.NotAssessed, Project.RiskOfBiasLevelFor("braga2018", "alsfrs_6m"));
    }

    [Theory]
    // Plowman 2023 change from baseline, mean (95% CI) per arm; SD = √n (ub − lb) / (2 t(0.975, n − 1)).
    // Rscript: sqrt(n)*(ub-lb)/(2*qt(0.975, n-1))
    [InlineData("mep_change", 20.8, 30.409375341037393, -1.0, 18.381724347274996)]
    [InlineData("mip_change", 8.9, 17.112500191914581, 4.8, 12.179302021507358)]
    public void Plowman2023_SdsConvertedFromTheCiOfEachArm(string outcomeId, double meanE, double sdE, double meanC, double sdC)
    {
        var data = Assert.Single(Project.FindOutcome(outcomeId)!.Data);
        var arms = Assert.IsType<ContinuousArms>(data.Data);
        Assert.Equal((meanE, 23.0, meanC, 22.0), (arms.MeanE, arms.NE, arms.MeanC, arms.NC));
        Tolerance.Relative(sdE, arms.SdE, Tolerance.ClosedForm, "sd_e");
        Tolerance.Relative(sdC, arms.SdC, Tolerance.ClosedForm, "sd_c");
        Assert.Equal(["experimental arm", "control arm"], data.Conversions.Select(c => c.Part));
        Assert.All(data.Conversions, c => Assert.Equal("SD from CI of a mean (t)", c.Record.Method));
        Tolerance.Relative(sdE, data.Conversions[0].Record.Output("sd"), Tolerance.ClosedForm, "record sd_e");
    }

    [Fact]
    public void Plowman2023_Mep_ConversionRecordsReadAsDataNotes()
    {
        var outcome = Project.FindOutcome("mep_change")!;
        Assert.Equal(
        [
            "Plowman 2023, experimental arm: SD from 95% CI of the mean (t with 22 df): (7.6, 33.9), n = 23 → SD 30.41",
            "Plowman 2023, control arm: SD from 95% CI of the mean (t with 21 df): (-9.1, 7.2), n = 22 → SD 18.38",
        ], outcome.Conversions.Select(c => $"{c.Study.Label}, {c.Conversion.Part}: {c.Conversion.Record.Description}"));
    }

    [Fact]
    public void Plowman2023_Mep_FixedEffectMdAsMetafor()
    {
        // Rscript: escalc("MD", m1i=20.8, sd1i=30.409375341037393, n1i=23, m2i=-1.0, sd2i=18.381724347274996, n2i=22)
        //   → yi 21.8, vi 55.564192805193088
        var outcome = Project.FindOutcome("mep_change")!;
        Assert.Equal(EffectModel.Fixed, outcome.Analysis.Options.Model.Model);
        var result = MetaAnalysis.Run(outcome.ToStudyInputs(), outcome.Analysis.Options);
        Tolerance.Relative(21.8, result.Model.Estimate, Tolerance.ClosedForm, "MD");
        Tolerance.Relative(Math.Sqrt(55.564192805193088), result.Model.StandardError, Tolerance.ClosedForm, "SE");
    }

    private static int LineOf(string text)
    {
        var lines = AlsExerciseProject.Yaml.Split('\n');
        return Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal)) + 1;
    }
}
