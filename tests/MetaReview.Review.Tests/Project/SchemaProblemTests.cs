using MetaReview.Review.Project;

namespace MetaReview.Review.Tests.Project;

/// <summary>Keys outside the schema, missing keys, wrong types and invalid values: one test per kind, with the exact place and message.</summary>
public class SchemaProblemTests
{
    [Fact]
    public void UnknownTopLevelKey_SuggestsTheClosest()
    {
        var problem = ReviewFiles.SingleProblem("""
            title: T
            outcome: []
            """);
        Assert.Equal(ReviewProblemCode.UnknownKey, problem.Code);
        Assert.Equal("review.yaml:2:1: unknown key 'outcome' at the top level; did you mean 'outcomes'?", problem.ToString());
    }

    [Fact]
    public void UnknownNestedKey_NamesItsPlace()
    {
        var problem = ReviewFiles.SingleProblem("""
            title: T
            studies:
              - id: braga2018
                citaton: Braga et al. (2018)
                design: rct
            """);
        Assert.Equal(ReviewProblemCode.UnknownKey, problem.Code);
        Assert.Equal("review.yaml:4:5: study 'braga2018': unknown key 'citaton'; did you mean 'citation'?", problem.ToString());
        Assert.Equal(new ReviewLocation("review.yaml", 4, 5), problem.Location);
    }

    [Fact]
    public void UnknownKey_WithNothingClose_HasNoSuggestion()
    {
        var problem = ReviewFiles.SingleProblem("title: T\nzzz: 1\n");
        Assert.Equal("review.yaml:2:1: unknown key 'zzz' at the top level", problem.ToString());
        Assert.Null(problem.Suggestion);
    }

    [Fact]
    public void MissingRequiredKey_IsReportedAtTheMapping()
    {
        var problem = ReviewFiles.SingleProblem("""
            title: T
            studies:
              - id: braga2018
                design: rct
            """);
        Assert.Equal(ReviewProblemCode.MissingField, problem.Code);
        Assert.Equal("review.yaml:3:5: study 'braga2018': missing 'citation'", problem.ToString());
    }

    [Fact]
    public void EmptyRequiredValue_IsReportedAtTheValue()
    {
        var problem = ReviewFiles.SingleProblem("title: \"  \"\n");
        Assert.Equal(ReviewProblemCode.MissingField, problem.Code);
        Assert.Equal("review.yaml:1:8: 'title' is empty", problem.ToString());
    }

    [Fact]
    public void ListWhereTextIsExpected_IsAWrongType()
    {
        var problem = ReviewFiles.SingleProblem("title: [a, b]\n");
        Assert.Equal(ReviewProblemCode.WrongType, problem.Code);
        Assert.Equal("review.yaml:1:8: 'title' must be text, got a list", problem.ToString());
    }

    [Fact]
    public void TextWhereANumberIsExpected_IsAWrongType()
    {
        var problem = ReviewFiles.SingleProblem("""
            title: T
            studies:
              - id: s1
                citation: c
                design: rct
                arms:
                  - {id: ex, description: Exercise, n_randomised: twenty}
            """);
        Assert.Equal(ReviewProblemCode.WrongType, problem.Code);
        Assert.Equal("review.yaml:7:55: study 's1', arm 'ex': 'n_randomised' must be a number, got 'twenty'", problem.ToString());
    }

    [Fact]
    public void DecimalComma_SuggestsTheDecimalPoint()
    {
        var problem = ReviewFiles.SingleProblem("""
            title: T
            outcomes:
              - id: o1
                name: O
                type: continuous
                measure: MD
                direction: higher-is-better
                mid: 4,5
            """);
        Assert.Equal(ReviewProblemCode.WrongType, problem.Code);
        Assert.Equal("review.yaml:8:10: outcome 'o1': 'mid' must be a number, got '4,5'; write numbers with a decimal point: 4.5", problem.ToString());
    }

    [Fact]
    public void ValueOutsideItsChoices_ListsThemAndSuggestsTheClosest()
    {
        var problem = ReviewFiles.SingleProblem("""
            title: T
            studies:
              - {id: s1, citation: c, design: rtc}
            """);
        Assert.Equal(ReviewProblemCode.InvalidValue, problem.Code);
        Assert.Equal("review.yaml:3:35: study 's1': 'design' must be one of rct, cluster-rct, crossover-rct, non-randomised, non-randomized, cohort, case-control, other, got 'rtc'; did you mean 'rct'?", problem.ToString());
    }

    [Fact]
    public void ChoicesIgnoreCaseAndSeparators()
    {
        var project = ReviewFiles.Valid("""
            title: T
            studies:
              - {id: s1, citation: c, design: Cluster RCT, status: Awaiting_Data}
            """);
        var study = Assert.Single(project.Studies);
        Assert.Equal((StudyDesign.ClusterRct, StudyStatus.AwaitingData), (study.Design, study.Status));
    }

    [Fact]
    public void InvalidId_SuggestsAnIdAndTheLabel()
    {
        var problem = ReviewFiles.SingleProblem("""
            title: T
            studies:
              - {id: Braga 2018, citation: c, design: rct}
            """);
        Assert.Equal(ReviewProblemCode.InvalidValue, problem.Code);
        Assert.Equal("review.yaml:3:10: study 'Braga 2018': study id 'Braga 2018' may contain only letters, digits, '_', '-' and '.', and must start with a letter or digit; e.g. 'braga2018' (a study's printed name goes in 'label')", problem.ToString());
    }

    [Fact]
    public void UnsupportedVersion()
    {
        var problem = ReviewFiles.SingleProblem("version: 2\ntitle: T\n");
        Assert.Equal("review.yaml:1:10: version 2 is not supported: this MetaReview reads version 1", problem.ToString());
    }

    [Fact]
    public void DateOfASearch_MustBeIso()
    {
        var problem = ReviewFiles.SingleProblem("""
            title: T
            searches:
              - database: PubMed
                date: 31/07/2023
                records: 120
            """);
        Assert.Equal(ReviewProblemCode.InvalidValue, problem.Code);
        Assert.Equal("review.yaml:4:11: search 'PubMed': 'date' must be a date as YYYY-MM-DD, YYYY-MM or YYYY, got '31/07/2023'; e.g. 2023-07-31", problem.ToString());
    }

    [Fact]
    public void SearchWithoutRecordsOrFile_IsIncomplete()
    {
        var problem = ReviewFiles.SingleProblem("""
            title: T
            searches:
              - database: PubMed
                date: 2023-07
            """);
        Assert.Equal(ReviewProblemCode.MissingField, problem.Code);
        Assert.Equal("review.yaml:3:5: search 'PubMed': give 'records' (the number of records found) or 'record_file' (the exported records), or both", problem.ToString());
    }

    [Fact]
    public void CharacteristicValueOutsideTheDeclaredOnes_SuggestsTheClosest()
    {
        var problem = ReviewFiles.SingleProblem("""
            title: T
            characteristics:
              - {id: exercise_type, values: [resistance, aerobic, combined, respiratory]}
            studies:
              - {id: s1, citation: c, design: rct, characteristics: {exercise_type: aerobc}}
            """);
        Assert.Equal(ReviewProblemCode.InvalidValue, problem.Code);
        Assert.Equal("review.yaml:5:73: study 's1', characteristics: 'exercise_type' must be one of resistance, aerobic, combined, respiratory, got 'aerobc'; did you mean 'aerobic'?", problem.ToString());
    }

    [Fact]
    public void EveryProblemIsListed_InFileOrder()
    {
        var result = ReviewFiles.Parse("""
            title: T
            outcome: []
            studies:
              - {id: s1, citation: c, design: rtc}
              - {id: s1, citation: d, design: rct}
            searches:
              - {database: PubMed, date: yesterday, records: 3}
            """);
        Assert.Equal(
        [
            "review.yaml:2:1: unknown key 'outcome' at the top level; did you mean 'outcomes'?",
            "review.yaml:4:35: study 's1': 'design' must be one of rct, cluster-rct, crossover-rct, non-randomised, non-randomized, cohort, case-control, other, got 'rtc'; did you mean 'rct'?",
            "review.yaml:5:10: study 's1': duplicate study id 's1' (first at line 4)",
            "review.yaml:7:30: search 'PubMed': 'date' must be a date as YYYY-MM-DD, YYYY-MM or YYYY, got 'yesterday'; e.g. 2023-07-31",
        ], result.Problems.Select(p => p.ToString()));
        Assert.Null(result.Project);
    }
}
