using System.Text.Json;
using MetaReview.Review.Grade;
using MetaReview.Review.Project;
using MetaReview.Review.Synthesis;
using MetaReview.Statistics.Tests;

namespace MetaReview.Review.Tests.Synthesis;

/// <summary>
/// The worked example examples/als-exercise (published ALS trial data, docs/ALS-TRIALS.md of the shared material)
/// analysed as its review file plans, against metafor (tools/reference/als-example.R →
/// Fixtures/als-example-metafor.json).
/// </summary>
public sealed class AlsExerciseExampleTests
{
    private static readonly ReviewSynthesis Synthesis = Load();
    private static readonly JsonElement Metafor = JsonDocument.Parse(File.ReadAllText(Repository.Path("tests", "MetaReview.Review.Tests", "Fixtures", "als-example-metafor.json"))).RootElement;

    private static ReviewSynthesis Load()
    {
        var loaded = ReviewProjectLoader.Load(Repository.Path("examples", "als-exercise"));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        return ReviewSynthesizer.Run(loaded.Project!);
    }

    private static OutcomeSynthesis Outcome(string id) => Synthesis.Outcomes.Single(o => o.Outcome.Id == id);

    private static void Matches(JsonElement expected, Statistics.Analysis.AnalysisResult actual, string what)
    {
        var m = actual.Model;
        Assert.Equal(expected.GetProperty("k").GetInt32(), m.K);
        Tolerance.Relative(expected.GetProperty("estimate").GetDouble(), m.Estimate, Tolerance.Iterative, what + " estimate");
        Tolerance.Relative(expected.GetProperty("se").GetDouble(), m.StandardError, Tolerance.Iterative, what + " se");
        Tolerance.Relative(expected.GetProperty("ci_lower").GetDouble(), m.CiLower, Tolerance.Iterative, what + " ci_lower");
        Tolerance.Relative(expected.GetProperty("ci_upper").GetDouble(), m.CiUpper, Tolerance.Iterative, what + " ci_upper");
        Assert.Equal(expected.GetProperty("tau2").GetDouble(), m.Tau2, 1e-6);
        Assert.Equal(expected.GetProperty("i2").GetDouble(), m.I2, 1e-5);
        Tolerance.Relative(expected.GetProperty("q").GetDouble(), m.Q, Tolerance.ClosedForm, what + " Q");
    }

    [Theory]
    [InlineData("alsfrs_6m")]
    [InlineData("alsfrs_6m_smd")]
    [InlineData("alsfrs_12m")]
    [InlineData("mep_change")]
    [InlineData("mip_change")]
    [InlineData("nibs_alsfrs_12m")]
    public void MainAnalyses_EqualMetafor(string outcome)
    {
        var expected = Metafor.GetProperty(outcome);
        Matches(expected.TryGetProperty("main", out var main) ? main : expected.GetProperty("fit"), Outcome(outcome).Analysis!, outcome);
    }

    [Fact]
    public void Alsfrs6Months_IsMd320_Ci073To566_OverThreeTrialsAnd173Participants()
    {
        var o = Outcome("alsfrs_6m");
        Assert.Equal(173, o.Participants);
        Assert.Equal(["Braga 2018", "Lunetta 2016", "Zucchi 2019"], o.Analysis!.Effects.Studies.ToArray());
        Assert.Equal(3.20, o.Analysis.Model.Estimate, 2);
        Assert.Equal(0.73, o.Analysis.Model.CiLower, 2);
        Assert.Equal(5.66, o.Analysis.Model.CiUpper, 2);
        var pi = o.Analysis.Model.PredictionInterval!.Value;
        var expected = Metafor.GetProperty("alsfrs_6m").GetProperty("main");
        Tolerance.Relative(expected.GetProperty("pi_lower").GetDouble(), pi.Lower, Tolerance.Iterative, "pi_lower");
        Tolerance.Relative(expected.GetProperty("pi_upper").GetDouble(), pi.Upper, Tolerance.Iterative, "pi_upper");
    }

    [Fact]
    public void Alsfrs6Months_SensitivityAnalyses_EqualMetafor()
    {
        var o = Outcome("alsfrs_6m");
        var expected = Metafor.GetProperty("alsfrs_6m");
        Matches(expected.GetProperty("fixed"), o.Sensitivity.Single(s => s.Plan.Name == "Fixed-effect model").Analysis!, "fixed effect");
        var without = o.Sensitivity.Single(s => s.Plan.Kind == SensitivityKind.ExcludeStudies);
        Assert.Equal(["Zucchi 2019"], without.Omitted.ToArray());
        Matches(expected.GetProperty("without_zucchi"), without.Analysis!, "without Zucchi");
        Matches(expected.GetProperty("dl"), o.Sensitivity.Single(s => s.Plan.Name.StartsWith("DerSimonian", StringComparison.Ordinal)).Analysis!, "DL");
    }

    [Fact]
    public void Alsfrs6Months_LeaveOneOut_EqualsMetaforLeave1out()
    {
        var loo = Outcome("alsfrs_6m").Sensitivity.Single(s => s.Plan.Kind == SensitivityKind.LeaveOneOut).LeaveOneOut;
        var expected = Metafor.GetProperty("alsfrs_6m").GetProperty("leave_one_out");
        Assert.Equal(["Braga 2018", "Lunetta 2016", "Zucchi 2019"], loo.Select(r => r.Omitted));
        for (var i = 0; i < loo.Length; i++)
        {
            Tolerance.Relative(expected.GetProperty("estimate")[i].GetDouble(), loo[i].Analysis.Model.Estimate, Tolerance.Iterative, $"LOO {i} estimate");
            Tolerance.Relative(expected.GetProperty("ci_lower")[i].GetDouble(), loo[i].Analysis.Model.CiLower, Tolerance.Iterative, $"LOO {i} ci_lower");
            Assert.Equal(expected.GetProperty("tau2")[i].GetDouble(), loo[i].Analysis.Model.Tau2, 1e-6);
        }
    }

    [Fact]
    public void Alsfrs6Months_SubgroupsByExerciseType_AreSingleStudyLevels_WithRevManQBetween()
    {
        var s = Outcome("alsfrs_6m").Subgroups.Single();
        Assert.Equal(["aerobic", "combined", "dose comparison"], s.Levels.Select(l => l.Value));
        Assert.All(s.Levels, l => Assert.Equal(1, l.Analysis.Model.K));
        Assert.Equal(3, s.Notes.Count(n => n.Contains("single study", StringComparison.Ordinal)));
        // With one study per subgroup, Q between subgroups is the studies' Q under a common effect.
        Tolerance.Relative(Metafor.GetProperty("alsfrs_6m").GetProperty("subgroup_q_between").GetDouble(), s.QBetween!.Q, Tolerance.ClosedForm, "Q between");
        Assert.Equal(2, s.QBetween.Df);
    }

    [Theory]
    [InlineData("mep_change")]
    [InlineData("mip_change")]
    public void Plowman2023_ConfidenceIntervalsPerArm_AreConvertedToSds_AsMetafor(string outcome)
    {
        var o = Outcome(outcome);
        var expected = Metafor.GetProperty(outcome);
        var data = (Statistics.EffectSizes.ContinuousArms)o.Outcome.Data.Single().Data;
        Tolerance.Relative(expected.GetProperty("sd_e").GetDouble(), data.SdE, Tolerance.ClosedForm, "SD exp");
        Tolerance.Relative(expected.GetProperty("sd_c").GetDouble(), data.SdC, Tolerance.ClosedForm, "SD ctrl");
        Assert.Equal(2, o.Outcome.Conversions.Count());
    }

    [Fact]
    public void MepChange_Sd_IsThePublishedDerivation_30Point41()
    {
        var data = (Statistics.EffectSizes.ContinuousArms)Outcome("mep_change").Outcome.Data.Single().Data;
        Assert.Equal(30.41, data.SdE, 2);
    }

    [Fact]
    public void Grade_StartsHighForRcts_AndRecordsTheReviewersIndirectnessJudgement()
    {
        var grade = Outcome("alsfrs_6m").Grade!;
        Assert.Equal(Certainty.High, grade.Start);
        var indirectness = grade.Judgements.Single(j => j.Domain == GradeDomain.Indirectness);
        Assert.True(indirectness.IsOverride);
        Assert.Equal(0, indirectness.Levels);
    }

    [Fact]
    public void StudiesAwaitingData_AreListed_NotInvented()
    {
        var project = Synthesis.Project;
        Assert.Equal(12, project.StudiesAwaitingData.Count());
        Assert.Equal(5, project.IncludedStudies.Count());
        Assert.All(Synthesis.Outcomes.Where(o => o.Analysis is not null).SelectMany(o => o.Studies), s => Assert.Equal(StudyStatus.Included, s.Status));
    }
}
