using MetaReview.Review.Project;

namespace MetaReview.Review.Tests.Project;

/// <summary>Warnings: legal input worth a second look. They never stop the project.</summary>
public class WarningTests
{
    private static ReviewProblem SingleWarning(string yaml)
    {
        var result = ReviewFiles.Parse(yaml);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return Assert.Single(result.Warnings);
    }

    [Fact]
    public void ValuesWithoutASource()
    {
        var warning = SingleWarning(OneOutcome.Yaml("continuous", "MD", """
            - study: s1
              experimental: {n: 24, mean: 34.1, sd: 7.1}
              control: {n: 24, mean: 29.5, sd: 7.7, source: Table 2}
            """));
        Assert.Equal(ReviewProblemCode.MissingSource, warning.Code);
        Assert.Equal("review.yaml:14:9: outcome 'o1', study 's1': 3 values have no source; add source: with the table or page it was taken from, e.g. source: \"Table 2, p. 5\"", warning.ToString());
    }

    [Fact]
    public void IntervalNotSymmetricAboutTheMean_IsAConversionNote()
    {
        var warning = SingleWarning(OneOutcome.Yaml("continuous", "MD", """
            - study: s1
              source: Table 2
              experimental: {n: 23, mean: 20.8, ci_lower: 17.6, ci_upper: 33.9}
              control: {n: 22, mean: -1.0, ci_lower: -9.1, ci_upper: 7.2}
            """));
        Assert.Equal(ReviewProblemCode.ConversionNote, warning.Code);
        Assert.Equal("review.yaml:16:23: outcome 'o1', study 's1', experimental arm: SD from CI of a mean (t): the confidence interval is not symmetric about the mean (half-widths 3.2 and 13.1): it may be on another scale (e.g. log) or not of the form estimate ± q·SE; check the source", warning.ToString());
    }

    [Fact]
    public void MoreInTheArmThanWereRandomisedToIt()
    {
        var warning = SingleWarning("""
            title: T
            studies:
              - id: s1
                citation: c
                design: rct
                arms: [{id: ex, description: Exercise, n_randomised: 20}, {id: ctl, description: Control, n_randomised: 20}]
            outcomes:
              - id: o1
                name: O
                type: continuous
                measure: MD
                direction: higher-is-better
                data:
                  - study: s1
                    source: Table 2
                    experimental: {arm: ex, n: 22, mean: 5, sd: 2}
                    control: {arm: ctl, n: 20, mean: 4, sd: 2}
            """);
        Assert.Equal(ReviewProblemCode.Suspicious, warning.Code);
        Assert.Equal("review.yaml:16:36: outcome 'o1', study 's1', experimental arm: n (22) is more than the 20 randomised to arm 'ex'", warning.ToString());
    }

    [Fact]
    public void MoreAnalysedThanRandomised()
    {
        var warning = SingleWarning("""
            title: T
            studies:
              - id: s1
                citation: c
                design: rct
                arms: [{id: ex, description: Exercise, n_randomised: 20, n_analysed: 21}]
            """);
        Assert.Equal(ReviewProblemCode.Suspicious, warning.Code);
        Assert.Equal("review.yaml:6:74: study 's1', arm 'ex': n_analysed (21) is more than n_randomised (20)", warning.ToString());
    }

    [Fact]
    public void ExcludingAStudyWithoutDataForTheOutcome_ChangesNothing()
    {
        var warning = SingleWarning(OneOutcome.Yaml("continuous", "MD", """
            - {study: s1, source: T, experimental: {n: 10, mean: 1, sd: 1}, control: {n: 10, mean: 0, sd: 1}}
            """).Replace("    data:", "    analysis: {sensitivity: [{name: Without s2, exclude: [s2]}]}\n    data:", StringComparison.Ordinal));
        Assert.Equal(ReviewProblemCode.Incomplete, warning.Code);
        Assert.Equal("review.yaml:13:59: outcome 'o1', analysis, sensitivity analysis 'Without s2': study 's2' has no data for this outcome, so leaving it out changes nothing", warning.ToString());
    }
}
