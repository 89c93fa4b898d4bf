namespace MetaReview.Cli.Tests;

/// <summary>
/// <c>metareview check revman</c> on Fleiss (1993): RevMan's stored results against MetaReview's revman5 preset, exit
/// code 0 on agreement, 1 on disagreement, 2 on a file that cannot be read.
/// </summary>
public sealed class RevManCheckCommandTests : RevManCommandTests
{
    [Fact]
    public void Rm5_Agrees_AndPrintsTheReport()
    {
        var (exit, output, error) = Cli.Run("check", "revman", Rm5);
        Assert.Equal((0, ""), (exit, error));
        Snapshot.Match("check-revman-fleiss1993-rm5", output);
    }

    [Theory]
    [InlineData("Fleiss1993_CR.csv", "2 checked: 2 pass, 0 fail, 0 without stored results, 0 skipped.")]
    [InlineData("Fleiss1993.zip", "2 checked: 1 pass, 0 fail, 1 without stored results, 0 skipped.")]
    public void RoundedFormats_Agree(string sample, string summary)
    {
        var path = Path.Combine(Path.GetDirectoryName(Rm5)!, sample);
        var (exit, output, _) = Cli.Run("check", "revman", path);
        Assert.Equal(0, exit);
        Assert.EndsWith(summary + "\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AChangedStoredEstimate_Disagrees_WithExitCode1()
    {
        // One unit in the 7th significant digit of RevMan's pooled odds ratio.
        var path = Altered(Rm5, "EFFECT_SIZE=\"0.8968655609130709\"", "EFFECT_SIZE=\"0.8968656\"");
        var (exit, output, error) = Cli.Run("check", "revman", path);
        Assert.Equal(1, exit);
        Assert.Contains("  FAIL Estimate: RevMan 0.8968656, MetaReview 0.89686556, difference", output, StringComparison.Ordinal);
        Assert.Equal("metareview check revman: MetaReview and RevMan disagree beyond rounding in 1.1 Aspirin for Preventing Death after Myocardial Infarction.\n", error);
    }

    [Fact]
    public void MalformedXml_IsAnInputError_AtItsLineAndColumn()
    {
        var path = Altered(Rm5, "<NAME>Examples from Fleiss (1993)</NAME>", "<NAME>Examples from Fleiss (1993)</NAMEX>");
        var (exit, output, error) = Cli.Run("check", "revman", path);
        Assert.Equal((2, ""), (exit, output));
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^Fleiss1993\.rm5:\d+:\d+: error: Malformed XML: ", lines[0]);
        Assert.Equal($"metareview check revman: 1 error in '{path}'; nothing was done.", lines[^1]);
    }

    [Fact]
    public void AnImportedProject_IsCheckedAgainstTheResultsKeptBesideIt()
    {
        var dir = Path.Combine(Temp, "fleiss");
        Assert.Equal(0, Cli.Run("import", "revman", Csv, "-o", dir).Exit);
        var (exit, output, _) = Cli.Run("check", "revman", dir);
        Assert.Equal(0, exit);
        Assert.StartsWith($"RevMan check of {Path.Combine(dir, "review.yaml")} against RevMan's results from Fleiss1993_CR.csv (RevMan 5 CSV export)\n", output, StringComparison.Ordinal);
        Assert.EndsWith("2 checked: 2 pass, 0 fail, 0 without stored results, 0 skipped.\n", output, StringComparison.Ordinal);

        // One more death in the ISIS-2 aspirin arm than RevMan has.
        var review = Path.Combine(dir, "review.yaml");
        File.WriteAllText(review, File.ReadAllText(review).Replace("{events: 1570, n: 8587}", "{events: 1571, n: 8587}", StringComparison.Ordinal));
        (exit, output, var error) = Cli.Run("check", "revman", dir);
        Assert.Equal(1, exit);
        Assert.Contains("FAIL Estimate: RevMan 0.89686556", output, StringComparison.Ordinal);
        Assert.StartsWith("metareview check revman: MetaReview and RevMan disagree beyond rounding in 1.1 ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderWithoutRevMansResults_IsAnInputError()
    {
        var (exit, _, error) = Cli.Run("check", "revman", Temp);
        Assert.Equal(2, exit);
        Assert.Equal($"metareview check revman: '{Temp}' has no revman-results.json: only a project made by 'metareview import revman' keeps RevMan's results to check against.\n", error);
    }

    [Fact]
    public void AMissingFile_IsAnInputError()
    {
        var path = Path.Combine(Temp, "none.rm5");
        var (exit, _, error) = Cli.Run("check", "revman", path);
        Assert.Equal(2, exit);
        Assert.StartsWith($"{path}: error: The file '{path}' does not exist.\n", error, StringComparison.Ordinal);
    }
}
