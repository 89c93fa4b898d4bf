using MetaReview.Review.Project;

namespace MetaReview.Review.Tests.Project;

/// <summary>Problems of the YAML itself: each located to file:line:column.</summary>
public class YamlProblemTests
{
    [Fact]
    public void SyntaxError_IsReportedWhereTheParserStopped()
    {
        var problem = ReviewFiles.SingleProblem("""
            title: T
            studies: [a, b
            """);
        Assert.Equal(ReviewProblemCode.YamlSyntax, problem.Code);
        Assert.Equal("review.yaml:3:1: not valid YAML: While parsing a flow sequence, did not find expected ',' or ']'", problem.ToString());
    }

    [Fact]
    public void DuplicateKey_NamesTheFirst_AndKeepsIt()
    {
        var result = ReviewFiles.Parse("""
            title: First
            title: Second
            """);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ReviewProblemCode.DuplicateKey, problem.Code);
        Assert.Equal("review.yaml:2:1: duplicate key 'title' (first at line 1)", problem.ToString());
    }

    [Fact]
    public void EmptyFile_SuggestsInit()
    {
        var problem = ReviewFiles.SingleProblem("# nothing yet\n");
        Assert.Equal(ReviewProblemCode.MissingField, problem.Code);
        Assert.Equal("review.yaml:1:1: the review file is empty; run 'metareview init' to create one", problem.ToString());
    }

    [Fact]
    public void RootThatIsNotAMapping_SaysWhatIsExpected()
    {
        var problem = ReviewFiles.SingleProblem("- title: T\n");
        Assert.Equal(ReviewProblemCode.WrongType, problem.Code);
        Assert.Equal("review.yaml:1:1: expected the review (a mapping of keys such as title, studies and outcomes), got a list", problem.ToString());
    }

    [Fact]
    public void SecondDocument_IsAProblem()
    {
        var problem = ReviewFiles.SingleProblem("title: T\n---\ntitle: U\n");
        Assert.Equal(ReviewProblemCode.YamlSyntax, problem.Code);
        Assert.Equal("review.yaml:2:1: the review file must hold one YAML document, but a second one starts here ('---')", problem.ToString());
    }

    [Fact]
    public void AnchorsAndAliases_AreResolved_SoThatASensitivityPlanCanBeShared()
    {
        var project = ReviewFiles.Valid("""
            title: T
            outcomes:
              - id: a
                name: A
                type: continuous
                measure: MD
                direction: higher-is-better
                analysis: {sensitivity: &plan [fixed-effect, leave-one-out]}
              - id: b
                name: B
                type: continuous
                measure: SMD
                direction: higher-is-better
                analysis: {sensitivity: *plan}
            """);
        Assert.Equal(["Fixed-effect model", "Leave one out"], project.FindOutcome("b")!.Analysis.Sensitivity.Select(s => s.Name));
    }

    [Fact]
    public void UnknownAlias_IsASyntaxProblem()
    {
        var problem = ReviewFiles.SingleProblem("title: *missing\n");
        Assert.Equal(ReviewProblemCode.YamlSyntax, problem.Code);
        Assert.Equal("review.yaml:1:8: not valid YAML: The alias '*missing' names no anchor defined before it", problem.ToString());
    }
}
