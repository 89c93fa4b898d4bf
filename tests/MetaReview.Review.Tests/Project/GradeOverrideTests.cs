using MetaReview.Review.Grade;
using MetaReview.Review.Project;

namespace MetaReview.Review.Tests.Project;

/// <summary>GRADE judgements that replace the suggested ones: a domain, levels down or up within GRADE's limits, and always a reason.</summary>
public class GradeOverrideTests
{
    /// <summary>An outcome whose 'grade' mapping starts on line 8, its domains indented by 6.</summary>
    private static string Grade(string domains) => """
        title: T
        outcomes:
          - id: o1
            name: O
            type: continuous
            measure: MD
            direction: higher-is-better
            grade:

        """ + string.Join("\n", domains.Split('\n').Select(l => "      " + l)) + "\n";

    [Fact]
    public void DownAndUp_WithTheirReasons()
    {
        var project = ReviewFiles.Valid(Grade("""
            imprecision: {downgrade: 2, reason: "One trial with 48 participants."}
            inconsistency: {downgrade: 0, reason: "I² 0%."}
            large_effect: {upgrade: 2, reason: "RR 0.2 in every study."}
            """));
        Assert.Equal(
        [
            (GradeDomain.Imprecision, -2, "One trial with 48 participants."),
            (GradeDomain.Inconsistency, 0, "I² 0%."),
            (GradeDomain.LargeEffect, 2, "RR 0.2 in every study."),
        ], project.Outcomes[0].Grade.Select(g => (g.Domain, g.Levels, g.Reason)));
        Assert.Equal(new ReviewLocation("review.yaml", 9, 7), project.Outcomes[0].Grade[0].Location);
    }

    [Fact]
    public void AJudgementWithoutAReason_IsNotAccepted()
    {
        var problem = ReviewFiles.SingleProblem(Grade("risk_of_bias: {downgrade: 1}"));
        Assert.Equal(ReviewProblemCode.MissingField, problem.Code);
        Assert.Equal("review.yaml:9:21: outcome 'o1', grade, risk_of_bias: missing 'reason'; GRADE asks for the reason of every judgement, e.g. reason: \"Fewer than 400 participants: optimal information size not met.\"", problem.ToString());
    }

    [Fact]
    public void MoreThanTwoLevels_IsOutOfRange()
    {
        var problem = ReviewFiles.SingleProblem(Grade("imprecision: {downgrade: 3, reason: Very few events}"));
        Assert.Equal(ReviewProblemCode.InvalidValue, problem.Code);
        Assert.Equal("review.yaml:9:32: outcome 'o1', grade, imprecision: 'downgrade' for imprecision must be 0, 1 or 2, got 3", problem.ToString());
    }

    [Fact]
    public void DoseResponse_RaisesOneLevelAtMost()
    {
        var problem = ReviewFiles.SingleProblem(Grade("dose_response: {upgrade: 2, reason: Clear gradient}"));
        Assert.Equal("review.yaml:9:32: outcome 'o1', grade, dose_response: 'upgrade' for dose_response must be 0 or 1, got 2", problem.ToString());
    }

    [Fact]
    public void ADowngradingDomain_CannotUpgrade()
    {
        var problem = ReviewFiles.SingleProblem(Grade("indirectness: {upgrade: 1, reason: Same population}"));
        Assert.Equal(ReviewProblemCode.Conflict, problem.Code);
        Assert.Equal("review.yaml:9:31: outcome 'o1', grade, indirectness: indirectness can only lower certainty: use 'downgrade'", problem.ToString());
    }

    [Fact]
    public void UnknownDomain_SuggestsTheClosest()
    {
        var problem = ReviewFiles.SingleProblem(Grade("publication: {downgrade: 1, reason: Funnel asymmetry}"));
        Assert.Equal(ReviewProblemCode.UnknownKey, problem.Code);
        Assert.Equal("review.yaml:9:7: outcome 'o1', grade: unknown key 'publication'; did you mean 'publication_bias'?", problem.ToString());
    }
}
