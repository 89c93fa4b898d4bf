using MetaReview.Review.Project;

namespace MetaReview.Review.Tests.Project;

/// <summary>The template <c>metareview init</c> writes: it loads without problems or warnings and holds no study data.</summary>
public class ReviewScaffoldTests
{
    [Fact]
    public void Scaffold_LoadsWithoutProblemsOrWarnings()
    {
        var folder = ReviewFiles.NewFolder();
        var path = ReviewScaffold.Write(folder, "Exercise for people with ALS");
        Assert.Equal(Path.Combine(folder, "review.yaml"), path);
        var result = ReviewProjectLoader.Load(folder);
        Assert.Empty(result.Problems);
        Assert.Empty(result.Warnings);
        var project = result.Project!;
        Assert.Equal("Exercise for people with ALS", project.Title);
        Assert.Empty(project.Studies);
        Assert.Empty(project.Outcomes);
        Assert.Empty(project.RiskOfBias);
    }

    [Fact]
    public void Scaffold_CommentsShowTheShape_ButNoStudyDataIsWritten()
    {
        // The commented examples show the shape of a data entry with "..." where the real numbers go; no line
        // that YAML reads carries data.
        var text = ReviewScaffold.Text("T");
        var commented = text.Split('\n').Where(l => l.TrimStart().StartsWith('#')).ToList();
        Assert.Contains(commented, l => l.Contains("experimental: {n: ..., mean: ..., sd: ...}", StringComparison.Ordinal));
        Assert.DoesNotContain(text.Split('\n').Where(l => !l.TrimStart().StartsWith('#')), l => l.Contains("mean", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Exercise: \"a review\" of #trials \\ 2025")]
    [InlineData("- starts like a list item")]
    [InlineData("Tab\there")]
    public void Title_IsQuotedAsYamlNeeds(string title)
    {
        var result = ReviewProjectLoader.Parse(ReviewScaffold.Text(title), "review.yaml", ReviewFiles.NewFolder());
        Assert.Empty(result.Problems);
        Assert.Equal(title, result.Project!.Title);
    }

    [Fact]
    public void Scaffold_NeverOverwritesAReview()
    {
        var folder = ReviewFiles.NewFolder();
        File.WriteAllText(Path.Combine(folder, "review.yaml"), "title: Mine\n");
        var e = Assert.Throws<IOException>(() => ReviewScaffold.Write(folder, "T"));
        Assert.Contains("already exists", e.Message, StringComparison.Ordinal);
        Assert.Equal("title: Mine\n", File.ReadAllText(Path.Combine(folder, "review.yaml")));
    }

    [Fact]
    public void Scaffold_CreatesTheFolder()
    {
        var folder = Path.Combine(ReviewFiles.NewFolder(), "new", "review");
        ReviewScaffold.Write(folder, "T");
        Assert.True(ReviewProjectLoader.Load(folder).Succeeded);
    }
}
