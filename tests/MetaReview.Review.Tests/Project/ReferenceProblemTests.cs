using MetaReview.Review.Project;

namespace MetaReview.Review.Tests.Project;

/// <summary>Duplicate ids and references to ids that do not exist: each at the place of the id, with the closest existing id.</summary>
public class ReferenceProblemTests
{
    private const string Studies = """
        title: T
        eligibility:
          - id: design
            text: Randomised controlled trials
        studies:
          - id: braga2018
            label: Braga 2018
            citation: Braga et al. (2018)
            design: rct
            arms:
              - id: exercise
                description: Aerobic exercise
                n_randomised: 24
              - id: control
                description: Standard care
                n_randomised: 24

        """;

    private static string Outcome(string data) => Studies + """
        outcomes:
          - id: alsfrs_6m
            name: ALSFRS-R at 6 months
            type: continuous
            measure: MD
            direction: higher-is-better
            data:

        """ + data;

    [Fact]
    public void DuplicateStudyId_NamesTheFirst()
    {
        var problem = ReviewFiles.SingleProblem(Studies + """
              - id: braga2018
                citation: Braga et al. (2018), again
                design: rct
            """);
        Assert.Equal(ReviewProblemCode.DuplicateId, problem.Code);
        Assert.Equal("review.yaml:17:9: study 'braga2018': duplicate study id 'braga2018' (first at line 6)", problem.ToString());
    }

    [Fact]
    public void DuplicateLabel_WouldMakeForestPlotsAmbiguous()
    {
        var problem = ReviewFiles.SingleProblem(Studies + """
              - id: braga2018b
                label: Braga 2018
                citation: Another trial
                design: rct
            """);
        Assert.Equal(ReviewProblemCode.DuplicateId, problem.Code);
        Assert.Equal("review.yaml:18:12: study 'braga2018b': the label 'Braga 2018' is already used by another study (line 7): forest plots and tables would not tell them apart; give one of them a distinct label, e.g. 'Plowman 2019a'", problem.ToString());
    }

    [Fact]
    public void UnknownStudyInData_SuggestsTheClosestId()
    {
        var problem = ReviewFiles.SingleProblem(Outcome("""
                  - study: braga2108
                    source: Table 2
                    experimental: {n: 24, mean: 34.1, sd: 7.1}
                    control: {n: 24, mean: 29.5, sd: 7.7}
            """));
        Assert.Equal(ReviewProblemCode.UnknownReference, problem.Code);
        Assert.Equal("review.yaml:24:16: outcome 'alsfrs_6m': unknown study 'braga2108'; did you mean 'braga2018'?", problem.ToString());
    }

    [Fact]
    public void UnknownCriterionOfAnExclusion()
    {
        var problem = ReviewFiles.SingleProblem(Studies + """
              - id: kitano2018
                citation: Kitano et al. (2018)
                design: non-randomised
                status: excluded
                criterion: desing
            """);
        Assert.Equal(ReviewProblemCode.UnknownReference, problem.Code);
        Assert.Equal("review.yaml:21:16: study 'kitano2018': unknown criterion 'desing'; did you mean 'design'?", problem.ToString());
    }

    [Fact]
    public void ExcludedStudyWithoutCriterion_ListsTheCriteria()
    {
        var problem = ReviewFiles.SingleProblem(Studies + """
              - id: kitano2018
                citation: Kitano et al. (2018)
                design: non-randomised
                status: excluded
            """);
        Assert.Equal(ReviewProblemCode.MissingField, problem.Code);
        Assert.Equal("review.yaml:17:5: study 'kitano2018': missing 'criterion'; an excluded study names the eligibility criterion it fails: one of design", problem.ToString());
    }

    [Fact]
    public void UndeclaredCharacteristic_SaysWhereToDeclareIt()
    {
        var problem = ReviewFiles.SingleProblem("""
            title: T
            studies:
              - id: s1
                citation: c
                design: rct
                characteristics:
                  exercise_type: aerobic
            """);
        Assert.Equal(ReviewProblemCode.UnknownReference, problem.Code);
        Assert.Equal("review.yaml:7:7: study 's1', characteristics: unknown characteristic 'exercise_type'; no characteristics are declared: add them under 'characteristics'", problem.ToString());
    }

    [Fact]
    public void UnknownArmOfTheStudy_SuggestsTheClosest()
    {
        var problem = ReviewFiles.SingleProblem(Outcome("""
                  - study: braga2018
                    source: Table 2
                    experimental: {arm: exercise, n: 24, mean: 34.1, sd: 7.1}
                    control: {arm: contrl, n: 24, mean: 29.5, sd: 7.7}
            """));
        Assert.Equal(ReviewProblemCode.UnknownReference, problem.Code);
        Assert.Equal("review.yaml:27:24: outcome 'alsfrs_6m', study 'braga2018', control arm: unknown arm 'contrl' of study 'braga2018'; did you mean 'control'?", problem.ToString());
    }

    [Fact]
    public void UnknownSubgroupVariable()
    {
        var problem = ReviewFiles.SingleProblem("""
            title: T
            characteristics:
              - id: exercise_type
            outcomes:
              - id: o1
                name: O
                type: continuous
                measure: MD
                direction: higher-is-better
                analysis:
                  subgroups: [excercise_type]
            """);
        Assert.Equal(ReviewProblemCode.UnknownReference, problem.Code);
        Assert.Equal("review.yaml:11:19: outcome 'o1', analysis: unknown characteristic 'excercise_type'; did you mean 'exercise_type'?", problem.ToString());
    }

    [Fact]
    public void UnknownOutcomeOfARiskOfBiasAssessment()
    {
        var problem = ReviewFiles.SingleProblem(Outcome("") + """
            risk_of_bias:
              tool: rob2
              assessments:
                - study: braga2018
                  outcomes: [alsfrs_6]
                  domains: {D1: low, D2: low, D3: low, D4: low, D5: low}
            """);
        Assert.Equal(ReviewProblemCode.UnknownReference, problem.Code);
        Assert.Equal("review.yaml:28:18: risk of bias of study 'braga2018': unknown outcome 'alsfrs_6'; did you mean 'alsfrs_6m'?", problem.ToString());
    }

    [Fact]
    public void StudyWhoseDefinitionHasAProblem_IsNotAlsoReportedUnknownWhereItIsUsed()
    {
        var result = ReviewFiles.Parse("""
            title: T
            studies:
              - {id: s1, citation: c, design: rtc}
            outcomes:
              - id: o1
                name: O
                type: continuous
                measure: MD
                direction: higher-is-better
                data:
                  - {study: s1, source: T, experimental: {n: 10, mean: 1, sd: 1}, control: {n: 10, mean: 2, sd: 1}}
            """);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ReviewProblemCode.InvalidValue, problem.Code);
        Assert.Equal(3, problem.Location.Line);
    }
}
