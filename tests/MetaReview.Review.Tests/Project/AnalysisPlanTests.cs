using MetaReview.Review.Project;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.Estimators;
using MetaReview.Statistics.Models;

namespace MetaReview.Review.Tests.Project;

/// <summary>Analysis plans: the review's defaults under each outcome's settings, resolved as the engine resolves them.</summary>
public class AnalysisPlanTests
{
    private static string Plan(string topLevel, string analysis, string measure = "MD") => $"""
        title: T
        {topLevel}
        outcomes:
          - id: o1
            name: O
            type: {(measure is "RR" or "OR" ? "binary" : "continuous")}
            measure: {measure}
            direction: higher-is-better
            analysis: {analysis}
        """;

    [Fact]
    public void OutcomeSettings_OverTheReviewDefaults_OverThePreset()
    {
        var project = ReviewFiles.Valid(Plan("analysis: {preset: revman5, tau2: PM}", "{model: random, test: hksj}"));
        var plan = project.Outcomes[0].Analysis;
        Assert.Equal(Preset.RevMan5, plan.Settings.Preset);
        Assert.Equal(Preset.RevMan5.Name, plan.Options.Preset);
        Assert.Equal(EffectModel.Random, plan.Options.Model.Model);
        Assert.Equal(Tau2Method.PM, plan.Options.Model.Tau2Method);
        Assert.Equal(TestMethod.Knha, plan.Options.Model.Test);
        Assert.Equal(Statistics.EffectSizes.EffectMeasure.MD, plan.Settings.Measure);
    }

    [Fact]
    public void WithoutAnyPlan_ThePresetDecides()
    {
        var project = ReviewFiles.Valid(Plan("", "{}", "RR"));
        var options = project.Outcomes[0].Analysis.Options;
        Assert.Equal((PoolingMethod.IV, EffectModel.Random, Tau2Method.REML), (options.Method, options.Model.Model, options.Model.Tau2Method));
    }

    [Fact]
    public void SettingsThatCannotGoTogether_AreFoundWhenTheFileIsLoaded()
    {
        var problem = ReviewFiles.SingleProblem(Plan("", "{method: MH}"));
        Assert.Equal(ReviewProblemCode.InvalidAnalysisPlan, problem.Code);
        Assert.Equal("review.yaml:9:15: outcome 'o1', analysis: Mantel–Haenszel pooling is for RR, OR and RD; the measure is MD. Use method: IV.", problem.ToString());
    }

    [Fact]
    public void UnknownSettingValue_ListsTheChoicesAndSuggestsOne()
    {
        var problem = ReviewFiles.SingleProblem(Plan("", "{tau2: RMEL}"));
        Assert.Equal(ReviewProblemCode.InvalidValue, problem.Code);
        Assert.Equal("review.yaml:9:22: outcome 'o1', analysis: unknown tau2 'RMEL' (expected one of: DL, REML, ML, PM, EB, HE, SJ, HS); did you mean 'REML'?", problem.ToString());
    }

    [Fact]
    public void SubgroupsAtTheTopLevel_AreToldToMoveToTheOutcome()
    {
        var problem = ReviewFiles.SingleProblem(Plan("analysis: {subgroups: [exercise_type]}", "{}"));
        Assert.Equal(ReviewProblemCode.UnknownKey, problem.Code);
        Assert.Equal("review.yaml:2:12: analysis: unknown key 'subgroups'; 'subgroups' is planned per outcome: move it to the outcome's 'analysis'", problem.ToString());
    }

    [Fact]
    public void SensitivityShorthands_AndSettings()
    {
        var project = ReviewFiles.Valid(Plan("", """
            
                  sensitivity:
                    - leave-one-out
                    - Fixed effect
                    - {name: DerSimonian-Laird, tau2: DL}
            """));
        var s = project.Outcomes[0].Analysis.Sensitivity;
        Assert.Equal([SensitivityKind.LeaveOneOut, SensitivityKind.Settings, SensitivityKind.Settings], s.Select(a => a.Kind));
        Assert.Equal(EffectModel.Fixed, s[1].Settings.Model);
        Assert.Equal(Tau2Method.DL, s[2].Settings.Tau2Method);
        Assert.Equal("DerSimonian-Laird", s[2].Name);
    }

    [Fact]
    public void UnknownSensitivityShorthand_SuggestsTheClosest()
    {
        var problem = ReviewFiles.SingleProblem(Plan("", "{sensitivity: [fixed-effects]}"));
        Assert.Equal(ReviewProblemCode.InvalidValue, problem.Code);
        Assert.Equal("review.yaml:9:30: outcome 'o1', analysis: unknown sensitivity analysis 'fixed-effects' (known: exclude-high-risk, fixed-effect, leave-one-out); did you mean 'fixed-effect'?", problem.ToString());
    }

    [Fact]
    public void SensitivityThatChangesNothing()
    {
        var problem = ReviewFiles.SingleProblem(Plan("", "{sensitivity: [{name: Same again}]}"));
        Assert.Equal(ReviewProblemCode.MissingField, problem.Code);
        Assert.Equal("review.yaml:9:30: outcome 'o1', analysis, sensitivity analysis 'Same again': the sensitivity analysis changes nothing: give 'exclude' (study ids) or settings to change; or write a mapping: {name: \"...\", exclude: [study ids]} and/or settings such as tau2: DL", problem.ToString());
    }

    [Fact]
    public void SensitivityWhoseSettingsCannotGoTogether()
    {
        var problem = ReviewFiles.SingleProblem(Plan("", "{sensitivity: [{name: Peto, method: Peto}]}"));
        Assert.Equal(ReviewProblemCode.InvalidAnalysisPlan, problem.Code);
        Assert.Equal("review.yaml:9:30: outcome 'o1', analysis, sensitivity analysis 'Peto': Peto's method pools odds ratios (measure PETO); the measure is MD.", problem.ToString());
    }

    [Fact]
    public void TwoSensitivityAnalysesWithOneName()
    {
        var problem = ReviewFiles.SingleProblem(Plan("", "{sensitivity: [fixed-effect, {name: Fixed-effect model, tau2: DL}]}"));
        Assert.Equal(ReviewProblemCode.DuplicateId, problem.Code);
        Assert.Equal("review.yaml:9:44: outcome 'o1', analysis: duplicate sensitivity analysis id 'Fixed-effect model' (first at line 9)", problem.ToString());
    }
}
