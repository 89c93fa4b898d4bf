using MetaReview.Review.Project;

namespace MetaReview.Review.Tests.Project;

/// <summary>
/// Problems in data entries: the engine's own checks (StudyDataChecks) reported at the value they concern,
/// conversions with impossible inputs (the engine's ConversionChecks, in the file's vocabulary), and entries
/// that contradict a study's status or give the same number twice.
/// </summary>
public class DataProblemTests
{
    private static ReviewProblem Single(string type, string measure, string data) => ReviewFiles.SingleProblem(OneOutcome.Yaml(type, measure, data));

    [Fact]
    public void EngineCheck_SdNotPositive_IsReportedAtTheSd()
    {
        var problem = Single("continuous", "MD", """
            - study: s1
              source: Table 2
              experimental: {n: 24, mean: 34.1, sd: 7.1}
              control: {n: 24, mean: 29.5, sd: -7.7}
            """);
        Assert.Equal(ReviewProblemCode.InvalidStudyData, problem.Code);
        Assert.Equal("review.yaml:17:42: outcome 'o1', study 's1': sd_c must be > 0, got -7.7", problem.ToString());
    }

    [Fact]
    public void EngineCheck_EventsAboveTotal_IsReportedAtTheEvents()
    {
        var problem = Single("binary", "RR", """
            - study: s1
              source: Table 2
              experimental: {events: 12, n: 10}
              control: {events: 3, n: 20}
            """);
        Assert.Equal(ReviewProblemCode.InvalidStudyData, problem.Code);
        Assert.Equal("review.yaml:16:32: outcome 'o1', study 's1': events_e (12) cannot exceed n_e (10)", problem.ToString());
    }

    [Fact]
    public void EngineCheck_CorrelationOutOfRange()
    {
        var problem = Single("correlation", "ZCOR", """
            - {study: s1, source: Table 2, r: 1.2, n: 30}
            """);
        Assert.Equal(ReviewProblemCode.InvalidStudyData, problem.Code);
        Assert.Equal("review.yaml:14:41: outcome 'o1', study 's1': r must be between -1 and 1 (exclusive), got 1.2", problem.ToString());
    }

    [Fact]
    public void NegativeRiskRatio_AsPrintedByBanos2025_IsCaughtWithAnExplanation()
    {
        // Banos et al. 2025 printed "RR = −1.41" (docs/ALS-TRIALS.md): a risk ratio cannot be negative.
        var problem = Single("binary", "RR", """
            - study: s1
              source: Abstract
              estimate: -1.41
              ci_lower: 0.4
              ci_upper: 0.9
            """);
        Assert.Equal(ReviewProblemCode.ConversionFailed, problem.Code);
        Assert.Equal("review.yaml:16:19: outcome 'o1', study 's1': estimate must be a finite number > 0, got -1.41", $"{problem.Location}: {problem.Message}");
        Assert.Equal("a ratio (RR, OR, HR) and its interval are > 0 as reported; if the numbers are log ratios give them as yi with se, and if they are differences the measure is not a ratio (scale: difference)", problem.Suggestion);
    }

    [Fact]
    public void ConversionWithReversedInterval_NamesTheFileKeys()
    {
        var problem = Single("continuous", "MD", """
            - study: s1
              source: Table 3
              experimental: {n: 23, mean: 20.8, ci_lower: 33.9, ci_upper: 7.6}
              control: {n: 22, mean: -1.0, ci_lower: -9.1, ci_upper: 7.2}
            """);
        Assert.Equal(ReviewProblemCode.ConversionFailed, problem.Code);
        Assert.Equal("review.yaml:16:69: outcome 'o1', study 's1', experimental arm: ci_lower (33.9) must be ≤ ci_upper (7.6)", problem.ToString());
    }

    [Fact]
    public void ConversionWithQuartilesOutOfOrder()
    {
        var problem = Single("continuous", "MD", """
            - study: s1
              source: Table 3
              experimental: {n: 20, mean: 5, sd: 2}
              control: {n: 20, median: 4, q1: 5, q3: 7}
            """);
        Assert.Equal(ReviewProblemCode.ConversionFailed, problem.Code);
        Assert.Equal("review.yaml:17:34: outcome 'o1', study 's1', control arm: q1 (5) must be ≤ median (4)", problem.ToString());
    }

    [Fact]
    public void ConversionWithNegativeSe_SaysSe()
    {
        var problem = Single("continuous", "MD", """
            - study: s1
              source: Table 3
              experimental: {n: 20, mean: 5, se: -0.4}
              control: {n: 20, mean: 4, sd: 2}
            """);
        Assert.Equal(ReviewProblemCode.ConversionFailed, problem.Code);
        Assert.Equal("review.yaml:16:44: outcome 'o1', study 's1', experimental arm: se must be a finite number ≥ 0, got -0.4", problem.ToString());
    }

    [Fact]
    public void CombiningArms_ReportsTheComponentAtFault()
    {
        var problem = Single("continuous", "MD", """
            - study: s1
              source: Table 3
              experimental:
                - {n: 10, mean: 5, sd: 1}
                - {n: 0, mean: 6, sd: 2}
              control: {n: 20, mean: 4, sd: 2}
            """);
        Assert.Equal(ReviewProblemCode.ConversionFailed, problem.Code);
        Assert.Equal("review.yaml:18:17: outcome 'o1', study 's1', experimental arms: experimental[2].n must be a finite number ≥ 1, got 0", problem.ToString());
    }

    [Fact]
    public void AStudyAwaitingData_HasNoNumbers()
    {
        var problem = Single("continuous", "MD", """
            - study: s2
              source: Table 2
              experimental: {n: 13, mean: 1, sd: 1}
              control: {n: 14, mean: 1, sd: 1}
            """);
        Assert.Equal(ReviewProblemCode.Conflict, problem.Code);
        Assert.Equal("review.yaml:14:16: outcome 'o1', study 's2': study 's2' is awaiting data, so it has no data to analyse; set its status to included when its data are published, or write missing: with the reason instead of numbers", problem.ToString());
    }

    [Fact]
    public void AnExcludedStudy_HasNoData()
    {
        var problem = Single("continuous", "MD", """
            - study: s3
              missing: not measured
            """);
        Assert.Equal(ReviewProblemCode.Conflict, problem.Code);
        Assert.Equal("review.yaml:14:16: outcome 'o1', study 's3': study 's3' is excluded (criterion 'design'): an excluded study has no data in the review", problem.ToString());
    }

    [Fact]
    public void MissingWithNumbers_IsAConflict()
    {
        var problem = Single("continuous", "MD", """
            - study: s1
              missing: only a figure
              experimental: {n: 13, mean: 1, sd: 1}
            """);
        Assert.Equal(ReviewProblemCode.Conflict, problem.Code);
        Assert.Equal("review.yaml:16:23: outcome 'o1', study 's1': an entry with 'missing' records that there are no data, but it has 'experimental'", problem.ToString());
    }

    [Fact]
    public void SdGivenTwice_IsAConflict()
    {
        var problem = Single("continuous", "MD", """
            - study: s1
              source: Table 2
              experimental: {n: 20, mean: 1, sd: 1}
              control: {n: 20, mean: 1, sd: 2, se: 0.4}
            """);
        Assert.Equal(ReviewProblemCode.Conflict, problem.Code);
        Assert.Equal("review.yaml:17:46: outcome 'o1', study 's1', control arm: the SD is given twice: by 'sd' and by 'se'; give one", problem.ToString());
    }

    [Fact]
    public void MeanAndMedian_IsAConflict()
    {
        var problem = Single("continuous", "MD", """
            - study: s1
              source: Table 2
              experimental: {n: 20, mean: 1, sd: 1}
              control: {n: 20, mean: 5, median: 4, q1: 3, q3: 7}
            """);
        Assert.Equal(ReviewProblemCode.Conflict, problem.Code);
        Assert.Equal("review.yaml:17:43: outcome 'o1', study 's1', control arm: give the mean or the median, not both (the median is converted to a mean)", problem.ToString());
    }

    [Fact]
    public void HalfAnInterval_AsksForTheOtherBound()
    {
        var problem = Single("continuous", "MD", """
            - study: s1
              source: Table 2
              experimental: {n: 20, mean: 1, ci_lower: 0.2}
              control: {n: 20, mean: 1, sd: 2}
            """);
        Assert.Equal(ReviewProblemCode.MissingField, problem.Code);
        Assert.Equal("review.yaml:16:50: outcome 'o1', study 's1', experimental arm: 'ci_lower' needs 'ci_upper' too (ci_lower, ci_upper go together)", problem.ToString());
    }

    [Fact]
    public void ArmWithoutSd_ListsTheWaysToGiveIt()
    {
        var problem = Single("continuous", "MD", """
            - study: s1
              source: Table 2
              experimental: {n: 20, mean: 1}
              control: {n: 20, mean: 1, sd: 2}
            """);
        Assert.Equal(ReviewProblemCode.MissingField, problem.Code);
        Assert.Equal("review.yaml:16:23: outcome 'o1', study 's1', experimental arm: missing 'sd'; give sd, or se (of the mean), or ci_lower and ci_upper (of the mean), or sd_baseline, sd_final and correlation", problem.ToString());
    }

    [Fact]
    public void EntryWithoutData_ListsTheForms()
    {
        var problem = Single("continuous", "MD", """
            - study: s1
              source: Table 2
            """);
        Assert.Equal(ReviewProblemCode.MissingField, problem.Code);
        Assert.Equal("review.yaml:14:9: outcome 'o1', study 's1': no data; give experimental: and control: arms, or an estimate with ci_lower and ci_upper (or p), or yi with se; or missing: with the reason", problem.ToString());
    }

    [Fact]
    public void ArmFieldWrittenFlat_IsToldToGoInTheArm()
    {
        var problem = Single("continuous", "MD", """
            - study: s1
              source: Table 2
              mean_e: 34.1
            """);
        Assert.Equal(ReviewProblemCode.UnknownKey, problem.Code);
        Assert.Equal("review.yaml:16:9: outcome 'o1', study 's1': unknown key 'mean_e'; write arm values in the arm, e.g. experimental: {mean: ...}", problem.ToString());
    }

    [Fact]
    public void ArmsAndAnEstimate_AreTwoFormsOfTheSameData()
    {
        var problem = Single("continuous", "MD", """
            - study: s1
              source: Table 2
              experimental: {n: 20, mean: 1, sd: 1}
              control: {n: 20, mean: 1, sd: 2}
              yi: 0.5
            """);
        Assert.Equal(ReviewProblemCode.Conflict, problem.Code);
        Assert.Equal("review.yaml:18:13: outcome 'o1', study 's1': 'yi' gives the study's estimate, but 'experimental' gives its data in another form: give one of them", problem.ToString());
    }

    [Fact]
    public void GenericEstimate_WithBothCiAndP_IsAConflict()
    {
        var problem = Single("generic", "GEN", """
            - {study: s1, source: Table 2, estimate: 0.5, p: 0.03, ci_lower: 0.1, ci_upper: 0.9}
            """);
        Assert.Equal(ReviewProblemCode.Conflict, problem.Code);
        Assert.Equal("review.yaml:14:56: outcome 'o1', study 's1': give the confidence interval or the P value, not both", problem.ToString());
    }

    [Fact]
    public void SameStudyTwiceInAnOutcome()
    {
        var problem = Single("continuous", "MD", """
            - study: s1
              missing: only a figure
            - study: s1
              missing: only a figure
            """);
        Assert.Equal(ReviewProblemCode.DuplicateId, problem.Code);
        Assert.Equal("review.yaml:16:16: outcome 'o1', study 's1': study 's1' already has an entry for outcome 'o1' (line 14)", problem.ToString());
    }

    [Fact]
    public void MeasureThatDoesNotFitTheType_SuggestsTheMeasuresThatDo()
    {
        var problem = ReviewFiles.SingleProblem(OneOutcome.Yaml("continuous", "RR", ""));
        Assert.Equal(ReviewProblemCode.Conflict, problem.Code);
        Assert.Equal("review.yaml:11:14: outcome 'o1': the measure RR is for binary data, but the outcome's type is continuous; for continuous data: MD, SMD or ROM", problem.ToString());
    }
}
