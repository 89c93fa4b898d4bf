using MetaReview.Review.Grade;
using MetaReview.Review.Project;

namespace MetaReview.Review.Tests.Project;

/// <summary>
/// Risk of bias per study or per result with RoB 2, RoB 1, ROBINS-I or the review's own domains: every
/// domain judged in the tool's words, and an overall judgement never milder than the worst domain.
/// </summary>
public class RiskOfBiasTests
{
    /// <summary>Two trials with data for o1 (sensitivity: exclude high risk of bias); the risk_of_bias section starts on line 16.</summary>
    private static string Review(string riskOfBias) => """
        title: T
        studies:
          - {id: s1, citation: c, design: rct}
          - {id: s2, citation: c, design: rct}
        outcomes:
          - id: o1
            name: O
            type: continuous
            measure: MD
            direction: higher-is-better
            analysis: {sensitivity: [exclude-high-risk]}
            data:
              - {study: s1, source: T, experimental: {n: 10, mean: 1, sd: 1}, control: {n: 10, mean: 0, sd: 1}}
              - {study: s2, source: T, experimental: {n: 12, mean: 2, sd: 1}, control: {n: 12, mean: 0, sd: 1}}
          - {id: o2, name: O2, type: continuous, measure: MD, direction: lower-is-better}
        risk_of_bias:

        """ + riskOfBias;

    [Fact]
    public void Rob2_OverallFromTheAlgorithm_WhenNotGiven()
    {
        var project = ReviewFiles.Valid(Review("""
              tool: rob2
              assessments:
                - study: s1
                  domains:
                    D1: {judgement: some-concerns, support: "Method of randomisation not described"}
                    D2: low
                    D3: low
                    D4: Some concerns
                    D5: low
            """));
        var a = Assert.Single(project.RiskOfBias);
        Assert.Same(RiskOfBiasScheme.Rob2, a.Scheme);
        Assert.Equal((BiasJudgement.SomeConcerns, true), (a.Overall, a.IsOverallDerived));
        Assert.Equal(["D1", "D2", "D3", "D4", "D5"], a.Domains.Select(d => d.Domain));
        Assert.Equal("Method of randomisation not described", a.Domains[0].Support);
        Assert.Null(a.Domains[1].Support);
    }

    [Fact]
    public void Rob2_OverallMoreSevereThanTheDomains_IsTheReviewersCall()
    {
        // RoB 2: several domains with some concerns may lower confidence enough to judge the result high risk.
        var project = ReviewFiles.Valid(Review("""
              tool: rob2
              assessments:
                - study: s1
                  domains: {D1: some-concerns, D2: some-concerns, D3: some-concerns, D4: low, D5: low}
                  overall: {judgement: high, support: Concerns in three domains}
            """));
        var a = Assert.Single(project.RiskOfBias);
        Assert.Equal((BiasJudgement.High, false, "Concerns in three domains"), (a.Overall, a.IsOverallDerived, a.Support));
    }

    [Fact]
    public void OverallMilderThanTheWorstDomain_IsInconsistent()
    {
        var problem = ReviewFiles.SingleProblem(Review("""
              tool: rob2
              assessments:
                - study: s1
                  domains: {D1: low, D2: low, D3: high, D4: low, D5: low}
                  overall: low
            """));
        Assert.Equal(ReviewProblemCode.InconsistentJudgement, problem.Code);
        Assert.Equal("review.yaml:21:16: risk of bias of study 's1': the overall judgement 'low' is less severe than D3 ('high'): the overall risk of bias is at least that of the worst domain; overall: high (or leave it out to use the tool's algorithm)", problem.ToString());
    }

    [Fact]
    public void JudgementOfAnotherTool_IsNotAccepted()
    {
        var problem = ReviewFiles.SingleProblem(Review("""
              tool: rob2
              assessments:
                - study: s1
                  domains: {D1: low, D2: unclear, D3: low, D4: low, D5: low}
            """));
        Assert.Equal(ReviewProblemCode.InvalidValue, problem.Code);
        Assert.Equal("review.yaml:20:30: risk of bias of study 's1', domains, D2: RoB 2 judges low, some concerns, high, not 'unclear'", problem.ToString());
    }

    [Fact]
    public void DomainsNotJudged_AreListed_AndAMisspeltDomainSuggestsTheMissingOne()
    {
        var result = ReviewFiles.Parse(Review("""
              tool: rob2
              assessments:
                - study: s1
                  domains: {D1: low, D2: low, D3: low, D4: low, D6: low}
            """));
        Assert.Equal(
        [
            "review.yaml:20:16: risk of bias of study 's1', domains: RoB 2 judges every domain, but D5 is not judged",
            "review.yaml:20:53: risk of bias of study 's1', domains: unknown key 'D6'; did you mean 'D5'?",
        ], result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void RobinsI_NoInformation_WhenNothingIsSeriousAndADomainHasNoInformation()
    {
        var project = ReviewFiles.Valid(Review("""
              tool: robins-i
              assessments:
                - study: s1
                  domains: {D1: moderate, D2: low, D3: low, D4: low, D5: no information, D6: low, D7: low}
                - study: s2
                  domains: {D1: serious, D2: low, D3: low, D4: low, D5: no-information, D6: low, D7: critical}
            """));
        Assert.Equal([BiasJudgement.NoInformation, BiasJudgement.Critical], project.RiskOfBias.Select(a => a.Overall));
        // On the GRADE engine's scale (docs/grade.md): no information is not assessed; critical counts as high.
        Assert.Equal([RiskOfBiasLevel.NotAssessed, RiskOfBiasLevel.High], project.RiskOfBias.Select(a => a.Overall.ToRiskOfBiasLevel()));
    }

    [Fact]
    public void CustomDomains()
    {
        var project = ReviewFiles.Valid(Review("""
              tool: custom
              domains:
                - {id: blinding, name: Blinding of outcome assessors}
                - {id: attrition, name: Loss to follow-up}
              assessments:
                - study: s1
                  domains: {blinding: unclear, attrition: low}
            """));
        var a = Assert.Single(project.RiskOfBias);
        Assert.Equal(RiskOfBiasTool.Custom, a.Scheme.Tool);
        Assert.Equal(["Blinding of outcome assessors", "Loss to follow-up"], a.Scheme.Domains.Select(d => d.Name));
        Assert.Equal(BiasJudgement.Unclear, a.Overall);
    }

    [Fact]
    public void PerResultAssessment_TakesPrecedenceOverThePerStudyOne()
    {
        var project = ReviewFiles.Valid(Review("""
              tool: rob1
              assessments:
                - study: s1
                  domains: {random_sequence: low, allocation_concealment: low, blinding_participants: high, blinding_outcome: low, incomplete_data: low, selective_reporting: low, other: low}
                - study: s1
                  outcomes: [o2]
                  domains: {random_sequence: low, allocation_concealment: low, blinding_participants: low, blinding_outcome: low, incomplete_data: low, selective_reporting: unclear, other: low}
            """));
        Assert.Equal(BiasJudgement.High, project.RiskOfBiasFor("s1", "o1")!.Overall);
        Assert.Equal(BiasJudgement.Unclear, project.RiskOfBiasFor("s1", "o2")!.Overall);
        Assert.Null(project.RiskOfBiasFor("s2", "o1"));
    }

    [Fact]
    public void ExcludeHighRiskOfBias_LeavesOutTheHighRiskStudy()
    {
        var project = ReviewFiles.Valid(Review("""
              tool: rob2
              assessments:
                - {study: s1, domains: {D1: high, D2: low, D3: low, D4: low, D5: low}}
                - {study: s2, domains: {D1: low, D2: low, D3: low, D4: low, D5: low}}
            """));
        var outcome = project.Outcomes[0];
        var sensitivity = Assert.Single(outcome.Analysis.Sensitivity);
        Assert.Equal(SensitivityKind.ExcludeHighRiskOfBias, sensitivity.Kind);
        Assert.Equal(["s2"], project.SensitivityInputs(outcome, sensitivity).Select(s => s.Study));
    }

    [Fact]
    public void ExcludeHighRiskOfBias_WarnsAboutStudiesWithoutAnAssessment()
    {
        var result = ReviewFiles.Parse(Review("""
              tool: rob2
              assessments:
                - {study: s1, domains: {D1: high, D2: low, D3: low, D4: low, D5: low}}
            """));
        Assert.Empty(result.Problems);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(ReviewProblemCode.Incomplete, warning.Code);
        Assert.Equal("review.yaml:11:30: outcome 'o1', analysis: 'exclude-high-risk' keeps 's2', which has no risk-of-bias assessment for this outcome", warning.ToString());
    }

    [Fact]
    public void SameStudyAssessedTwice()
    {
        var problem = ReviewFiles.SingleProblem(Review("""
              tool: rob2
              assessments:
                - {study: s1, domains: {D1: low, D2: low, D3: low, D4: low, D5: low}}
                - {study: s1, domains: {D1: low, D2: low, D3: low, D4: low, D5: low}}
            """));
        Assert.Equal(ReviewProblemCode.DuplicateId, problem.Code);
        Assert.Equal("review.yaml:20:15: risk of bias of study 's1': study 's1' is already assessed (line 19)", problem.ToString());
    }

    [Fact]
    public void AssessmentsWithoutATool()
    {
        var problem = ReviewFiles.SingleProblem(Review("""
              assessments: []
            """));
        Assert.Equal(ReviewProblemCode.MissingField, problem.Code);
        Assert.Equal("review.yaml:17:3: risk_of_bias: missing 'tool'; tool: rob2, rob1, robins-i or custom", problem.ToString());
    }
}
