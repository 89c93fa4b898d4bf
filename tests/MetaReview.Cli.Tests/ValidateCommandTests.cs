namespace MetaReview.Cli.Tests;

/// <summary>
/// <c>metareview validate</c>: every problem as <c>file:line:column: severity: message (suggestion)</c>, exit code 2 on
/// errors, 0 with warnings, and a summary line. The review holds published numbers only (shared/docs/ALS-TRIALS.md:
/// Braga 2018 and Lunetta 2016, ALSFRS-R at 6 months; Dal Bello-Haas 2007 awaiting data).
/// </summary>
public sealed class ValidateCommandTests : IDisposable
{
    private const string Review = """
        version: 1
        title: Exercise for people with ALS
        eligibility:
          - {id: design, text: Randomised controlled trials}
        studies:
          - {id: braga2018, label: Braga 2018, citation: "Braga et al. (2018). Neurol Res Int 2018:8218697", design: rct}
          - {id: lunetta2016, label: Lunetta 2016, citation: "Lunetta et al. (2016). J Neurol", design: rct}
          - {id: dalbellohaas2007, label: Dal Bello-Haas 2007, citation: "Dal Bello-Haas et al. (2007). Neurology 68:2003", design: rct, status: awaiting-data}
        outcomes:
          - id: alsfrs_6m
            name: ALSFRS-R at 6 months
            type: continuous
            measure: MD
            direction: higher-is-better
            data:
              - study: braga2018
                source: Table 2 (T2)
                experimental: {n: 24, mean: 34.1, sd: 7.1}
                control: {n: 24, mean: 29.5, sd: 7.7}
              - study: lunetta2016
                experimental: {n: 30, mean: 32.8, sd: 6.5}
                control: {n: 30, mean: 28.7, sd: 7.5}
              - study: dalbellohaas2007
                missing: Per-arm ALSFRS data are not available

        """;

    private const string NoSource = "outcome 'alsfrs_6m', study 'lunetta2016': 6 values have no source (add source: with the table or page it was taken from, e.g. source: \"Table 2, p. 5\")";

    private readonly string _dir = Directory.CreateTempSubdirectory("metareview-validate-").FullName;

    private string File => Path.Combine(_dir, "review.yaml");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void AValidReview_WithAWarning_ExitsZero_AndSummarises()
    {
        System.IO.File.WriteAllText(File, Review);
        var (exit, output, error) = Cli.Run("validate", _dir);
        Assert.Equal((0, ""), (exit, error));
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal($"{File}:20:9: warning: {NoSource}", lines[0]);
        Assert.Equal("Exercise for people with ALS: 3 studies (2 included, 1 awaiting data, 0 excluded), 1 outcome, 2 data rows (1 missing); 0 errors, 1 warning.", lines[1]);
    }

    [Fact]
    public void Strict_TurnsWarningsIntoExitCode2()
    {
        System.IO.File.WriteAllText(File, Review);
        Assert.Equal(2, Cli.Run("validate", _dir, "--strict").Exit);
    }

    [Fact]
    public void Errors_ArePrintedWithLineColumnSeverityAndSuggestion_AndExitWith2()
    {
        var broken = Review.Replace("study: braga2018", "study: braga2108", StringComparison.Ordinal)
            .Replace("sd: 7.5}", "sd: -7.5}", StringComparison.Ordinal)
            .Replace("outcomes:", "outcome:", StringComparison.Ordinal);
        System.IO.File.WriteAllText(File, broken);
        var (exit, output, _) = Cli.Run("validate", _dir);
        Assert.Equal(2, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"{File}:9:1: error: unknown key 'outcome' at the top level (did you mean 'outcomes'?)", lines[0]);
        Assert.Equal("1 error, 0 warnings: the review cannot be used until the errors are fixed.", lines[^1]);

        System.IO.File.WriteAllText(File, broken.Replace("outcome:", "outcomes:", StringComparison.Ordinal));
        (exit, output, _) = Cli.Run("validate", _dir);
        Assert.Equal(2, exit);
        lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"{File}:16:16: error: outcome 'alsfrs_6m': unknown study 'braga2108' (did you mean 'braga2018'?)", lines[0]);
        Assert.Equal($"{File}:20:9: warning: {NoSource}", lines[1]);
        Assert.Equal($"{File}:22:42: error: outcome 'alsfrs_6m', study 'lunetta2016': sd_c must be > 0, got -7.5", lines[2]);
        Assert.Equal("2 errors, 1 warning: the review cannot be used until the errors are fixed.", lines[^1]);
    }

    [Fact]
    public void AMissingFolder_OrFile_IsReported_WithExitCode2()
    {
        var (exit, output, _) = Cli.Run("validate", Path.Combine(_dir, "nothing"));
        Assert.Equal(2, exit);
        Assert.Contains(": error: ", output, StringComparison.Ordinal);
        (exit, output, _) = Cli.Run("validate", _dir);
        Assert.Equal(2, exit);
        Assert.Contains("metareview init", output, StringComparison.Ordinal);
    }
}
