using MetaReview.Review.Project;
using MetaReview.Review.RevMan.Conversion;

namespace MetaReview.Cli.Tests;

/// <summary>
/// <c>metareview import revman</c> on Fleiss (1993): the project is written, loads, reproduces RevMan's results, and
/// every note is printed; an existing review is never overwritten; unreadable input is exit code 2.
/// </summary>
public sealed class RevManImportCommandTests : RevManCommandTests
{
    [Fact]
    public void Rm5_WritesTheProject_PrintsTheNotes_AndAgreesWithRevMan()
    {
        var dir = Path.Combine(Temp, "fleiss");
        var (exit, output, error) = Cli.Run("import", "revman", Rm5, "-o", dir, "--design", "rct");
        Assert.Equal((0, ""), (exit, error));
        Snapshot.Match("import-revman-fleiss1993-rm5", output.Replace(Temp, "TEMP", StringComparison.Ordinal));
        Snapshot.Match("import-revman-fleiss1993-rm5-review-yaml", File.ReadAllText(Path.Combine(dir, "review.yaml")));
        Assert.True(File.Exists(Path.Combine(dir, RevManResultsFile.FileName)));
        Assert.StartsWith("# Import of Fleiss1993.rm5", File.ReadAllText(Path.Combine(dir, RevManConversion.NotesFileName)), StringComparison.Ordinal);

        var project = ReviewProjectLoader.Load(dir).Project!;
        Assert.All(project.Studies, s => Assert.Equal(StudyDesign.Rct, s.Design));
        var (validate, summary, _) = Cli.Run("validate", dir);
        Assert.Equal((0, "Examples from Fleiss 1993: 12 studies (12 included, 0 awaiting data, 0 excluded), 2 outcomes, 12 data rows (0 missing); 0 errors, 0 warnings.\n"), (validate, summary));
    }

    [Theory]
    [InlineData("Fleiss1993_CR.csv", "Against RevMan's results: 2 pass, 0 fail, 0 without stored results, 0 skipped.")]
    [InlineData("Fleiss1993.zip", "Against RevMan's results: 1 pass, 0 fail, 1 without stored results, 0 skipped.")]
    public void RoundedFormats_ImportAndAgree(string sample, string check)
    {
        var dir = Path.Combine(Temp, "project");
        var (exit, output, error) = Cli.Run("import", "revman", Path.Combine(Path.GetDirectoryName(Rm5)!, sample), "-o", dir, "--title", "Fleiss 1993");
        Assert.Equal(0, exit);
        Assert.EndsWith(check + "\n", output, StringComparison.Ordinal);
        Assert.Equal("Fleiss 1993", ReviewProjectLoader.Load(dir).Project!.Title);
        // The data package's reader warning (RevMan Web's zeros for the SMD outcome) goes to standard error.
        Assert.Equal(sample.EndsWith(".zip", StringComparison.Ordinal), error.Contains("which no data can give", StringComparison.Ordinal));
    }

    [Fact]
    public void AnExistingReview_IsNeverOverwritten()
    {
        Directory.CreateDirectory(Path.Combine(Temp, "mine"));
        var review = Path.Combine(Temp, "mine", "review.yaml");
        File.WriteAllText(review, "title: mine\n");
        var (exit, output, error) = Cli.Run("import", "revman", Rm5, "-o", Path.Combine(Temp, "mine"));
        Assert.Equal((2, ""), (exit, output));
        Assert.Equal($"metareview import revman: '{review}' already exists; an import never overwrites a review. Choose another folder with -o.\n", error);
        Assert.Equal("title: mine\n", File.ReadAllText(review));
        Assert.False(File.Exists(Path.Combine(Temp, "mine", RevManResultsFile.FileName)));
    }

    [Fact]
    public void UnreadableInput_IsExitCode2_AndWritesNothing()
    {
        var path = Altered(Rm5, "TOTAL_1=\"615\"", "TOTAL_1=\"6l5\"");
        var dir = Path.Combine(Temp, "out");
        var (exit, _, error) = Cli.Run("import", "revman", path, "-o", dir);
        Assert.Equal(2, exit);
        Assert.Matches(@"^Fleiss1993\.rm5:\d+:\d+ \(DICH_DATA TOTAL_1\): error: '6l5' is not a number", error);
        Assert.False(Directory.Exists(dir));
        Assert.Equal(2, Cli.Run("import", "revman", Rm5).Exit); // -o is required
    }
}
