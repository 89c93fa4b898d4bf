using System.Text.Json;

namespace MetaReview.Cli.Tests;

/// <summary>
/// <c>metareview analyze</c> end to end on real data: the BCG trials (Colditz 1994, metadat dat.bcg) and
/// RevMan 5's export of the Fleiss 1993 aspirin trials; published values from docs/METHODS-REFERENCE.md §3.
/// </summary>
public class AnalyzeCommandTests
{
    [Fact]
    public void Colditz1994Bcg_Text_MatchesSnapshot()
    {
        var (exit, output, error) = Cli.Run("analyze", Cli.Data("dat.bcg.csv"));
        Assert.Equal(0, exit);
        Assert.Contains("note: measure inferred from the columns: RR", error, StringComparison.Ordinal);
        Snapshot.Match("analyze-bcg", output);
    }

    [Fact]
    public void Colditz1994Bcg_Json_HasThePublishedValuesAndEveryDocumentedKey()
    {
        var (exit, output, _) = Cli.Run("analyze", Cli.Data("dat.bcg.csv"), "--format", "json");
        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;
        Tolerance.Published(-0.7145, root.GetProperty("estimate").GetDouble(), 4);
        Tolerance.Published(0.1798, root.GetProperty("se").GetDouble(), 4);
        Tolerance.Published(0.3132, root.GetProperty("tau2").GetDouble(), 4);
        Tolerance.Published(152.2330, root.GetProperty("q").GetDouble(), 4);
        Tolerance.Published(0.1197, root.GetProperty("tau2_ci").GetProperty("lower").GetDouble(), 4);
        Assert.Equal(13, root.GetProperty("k").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("df").ValueKind);
        Assert.Equal("REML", root.GetProperty("settings").GetProperty("tau2_method").GetString());
        Assert.Equal(13, root.GetProperty("studies").GetArrayLength());
        Assert.Equal("Aronson 1948", root.GetProperty("studies")[0].GetProperty("study").GetString());
        string[] documented =
        [
            "k", "estimate", "se", "statistic", "df", "p_value", "ci_lower", "ci_upper", "tau2", "tau2_se", "tau", "i2", "h2",
            "q", "q_df", "q_p", "pi_lower", "pi_upper", "tau2_ci", "i2_ci", "h2_ci", "back_transformed", "studies", "cmh",
            "tarone", "warnings", "convergence", "settings",
        ];
        foreach (var key in documented)
        {
            Assert.True(root.TryGetProperty(key, out _), $"JSON output lacks the documented key '{key}'");
        }
    }

    [Fact]
    public void Colditz1994Bcg_KnhaAndDl_AreTakenFromTheOptions()
    {
        var (exit, output, _) = Cli.Run("analyze", Cli.Data("dat.bcg.csv"), "--format", "json", "--tau2", "dl", "--test", "knha");
        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;
        Tolerance.Published(-0.7141, root.GetProperty("estimate").GetDouble(), 4);
        Tolerance.Published(0.3088, root.GetProperty("tau2").GetDouble(), 4);
        Assert.Equal(12, root.GetProperty("df").GetDouble());
    }

    [Fact]
    public void Fleiss1993_RevMan5Preset_ReproducesRevMansOddsRatio()
    {
        var (exit, output, error) = Cli.Run("analyze", Cli.Data("revman5-fleiss1993-aspirin.csv"), "--measure", "OR", "--preset", "revman5", "--format", "json");
        Assert.True(exit == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        var bt = root.GetProperty("back_transformed");
        Tolerance.Published(0.89686556, bt.GetProperty("estimate").GetDouble(), 8);
        Tolerance.Published(0.8405144, bt.GetProperty("ci_lower").GetDouble(), 7);
        Tolerance.Published(9.94605598, root.GetProperty("q").GetDouble(), 8);
        Assert.Equal("MH", root.GetProperty("settings").GetProperty("method").GetString());
        Assert.Equal("revman5", root.GetProperty("settings").GetProperty("preset").GetString());
    }

    [Fact]
    public void Csv_ToFile_WritesOneRowPerStudyAndThePooledRow()
    {
        var path = Path.Combine(Path.GetTempPath(), $"metareview-{Guid.NewGuid():N}.csv");
        try
        {
            var (exit, output, _) = Cli.Run("analyze", Cli.Data("dat.bcg.csv"), "--format", "csv", "-o", path);
            Assert.Equal(0, exit);
            Assert.Equal("", output);
            var lines = File.ReadAllLines(path);
            Assert.Equal(15, lines.Length);
            Assert.Equal("study,yi,vi,se,ci_lower,ci_upper,weight_percent", lines[0]);
            Assert.StartsWith("Aronson 1948,-0.8893113339202", lines[1], StringComparison.Ordinal);
            Assert.StartsWith("\"Pooled (random effects, REML)\",-0.714", lines[14], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void BadData_ListsEveryProblem_WithExitCode2_AndNoStackTrace()
    {
        // The BCG file with two values corrupted: a negative count (line 3) and text in a count (line 5).
        var lines = File.ReadAllLines(Cli.Data("dat.bcg.csv"));
        lines[2] = lines[2].Replace(",6,300,", ",-6,300,", StringComparison.Ordinal);
        lines[4] = lines[4].Replace(",62,", ",sixty-two,", StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"bcg-bad-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(path, lines);
        try
        {
            var (exit, output, error) = Cli.Run("analyze", path);
            Assert.Equal(2, exit);
            Assert.Equal("", output);
            Assert.Contains($"{Path.GetFileName(path)}:3:", error, StringComparison.Ordinal);
            Assert.Contains("-6", error, StringComparison.Ordinal);
            Assert.Contains($"{Path.GetFileName(path)}:5:", error, StringComparison.Ordinal);
            Assert.Contains("sixty-two", error, StringComparison.Ordinal);
            Assert.Contains("2 problems", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--tau2", "REMLX", "unknown tau2 'REMLX' (expected one of: DL, REML, ML, PM, EB, HE, SJ, HS)")]
    [InlineData("--level", "195", "level must be a percentage between 0 and 100")]
    [InlineData("--preset", "stata", "unknown preset 'stata' (expected one of: metafor, revman5)")]
    [InlineData("--method", "MH", "Mantel–Haenszel pooling is for RR, OR and RD; the measure is MD")]
    public void BadOption_SaysWhatIsAccepted_WithExitCode2(string option, string value, string message)
    {
        var data = option == "--method" ? "dat.normand1999.csv" : "dat.bcg.csv";
        var (exit, _, error) = Cli.Run("analyze", Cli.Data(data), option, value);
        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFile_IsAnInputError()
    {
        var (exit, _, error) = Cli.Run("analyze", "no-such-file.csv");
        Assert.Equal(2, exit);
        Assert.Contains("data file 'no-such-file.csv' not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOption_IsAUsageError()
    {
        var (exit, _, error) = Cli.Run("analyze", Cli.Data("dat.bcg.csv"), "--taus", "DL");
        Assert.Equal(2, exit);
        Assert.Contains("--taus", error, StringComparison.Ordinal);
    }
}
