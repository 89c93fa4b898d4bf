using MetaReview.Review.RevMan;

namespace MetaReview.Cli.Tests;

/// <summary>
/// <c>metareview export revman</c>: a project imported from Fleiss (1993) written back as RevMan Web's data rows (CSV) or
/// a data package (ZIP) that the RevMan reader reads back with the same numbers.
/// </summary>
public sealed class RevManExportCommandTests : RevManCommandTests
{
    [Fact]
    public void AnOutcome_AsDataRowsCsv()
    {
        var dir = Imported();
        var csv = Path.Combine(Temp, "aspirin.csv");
        var (exit, output, error) = Cli.Run("export", "revman", dir, "--outcome", "1.1", "-o", csv);
        Assert.Equal((0, ""), (exit, output));
        Assert.Equal($"Wrote 7 study rows of 1 outcome to {csv}.\n", error);
        var lines = File.ReadAllText(csv).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(8, lines.Length);
        Assert.Equal("1,1,Aspirin for Preventing Death after Myocardial Infarction,,SUBGROUP_AND_OVERALL,ISIS-2,,,,,,1570,8587,,,1720,8600,,,,,,,", lines[7]);
    }

    [Fact]
    public void TwoOutcomes_AsADataPackage_ReadBackByTheRevManReader()
    {
        var dir = Imported();
        var zip = Path.Combine(Temp, "fleiss.zip");
        Assert.Equal(0, Cli.Run("export", "revman", dir, "--outcome", "1.1", "--outcome", "1.2", "-o", zip).Exit);
        var read = RevManReader.Read(zip);
        Assert.False(read.HasErrors);
        var outcomes = read.Review!.Comparisons[0].Outcomes;
        Assert.Equal(["1.1 Aspirin for Preventing Death after Myocardial Infarction", "1.2 Mental Health Treatment versus Control"], outcomes.Select(o => o.Label));
        Assert.Equal((RevManEffectMeasure.OddsRatio, RevManEffectMeasure.StandardisedMeanDifference), (outcomes[0].EffectMeasure, outcomes[1].EffectMeasure));
        var isis = outcomes[0].Rows.Single(r => r.StudyName == "ISIS-2");
        Assert.Equal((1570.0, 8587.0, 1720.0, 8600.0), (isis.EventsE!.Value, isis.NE!.Value, isis.EventsC!.Value, isis.NC!.Value));
    }

    [Fact]
    public void AnUnknownOutcome_OrAProjectWithErrors_IsExitCode2()
    {
        var dir = Imported();
        var (exit, _, error) = Cli.Run("export", "revman", dir, "--outcome", "1.3");
        Assert.Equal((2, "metareview export revman: the project has no outcome '1.3'; its outcomes are '1.1', '1.2'.\n"), (exit, error));

        File.WriteAllText(Path.Combine(dir, "review.yaml"), File.ReadAllText(Path.Combine(dir, "review.yaml")).Replace("measure: OR", "measure: ORR", StringComparison.Ordinal));
        (exit, _, error) = Cli.Run("export", "revman", dir, "--outcome", "1.1");
        Assert.Equal(2, exit);
        Assert.Contains(": error: ", error, StringComparison.Ordinal);
        Assert.EndsWith("is not a review project without errors (2 errors); nothing was done.\n", error, StringComparison.Ordinal);
    }

    private string Imported()
    {
        var dir = Path.Combine(Temp, "fleiss");
        Assert.Equal(0, Cli.Run("import", "revman", Rm5, "-o", dir).Exit);
        return dir;
    }
}
