using System.Diagnostics;
using System.Text.Json;

namespace MetaReview.Cli.Tests;

/// <summary>
/// <c>metareview report</c> on the worked example examples/als-exercise (published ALS trial data): the four
/// outputs, their contents, rendering in headless Chromium, and located errors for bad projects.
/// </summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "metareview-report-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    internal static string Example(string name) => Path.Combine(Repository.Root, "examples", name);

    [Fact]
    public void AlsExercise_WritesHtmlMarkdownWordAndJson()
    {
        var (exit, output, error) = Cli.Run("report", Example("als-exercise"), "-o", _out);
        Assert.True(exit == 0, error);
        Assert.Contains("6 of 6 outcomes analysed, 5 included studies", output, StringComparison.Ordinal);
        foreach (var file in new[] { "report.html", "report.md", "report.docx", "results.json" })
        {
            Assert.True(new FileInfo(Path.Combine(_out, file)).Length > 1000, file);
        }

        var html = File.ReadAllText(Path.Combine(_out, "report.html"));
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("Summary of findings", html, StringComparison.Ordinal);
        Assert.Contains("3.20 [0.73, 5.66]", html, StringComparison.Ordinal);
        Assert.Contains("Studies awaiting data (12)", html, StringComparison.Ordinal);
        Assert.Contains("SD from 95% CI of the mean", html, StringComparison.Ordinal);

        var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "results.json"))).RootElement;
        var alsfrs = results.GetProperty("outcomes")[0];
        Assert.Equal("alsfrs_6m", alsfrs.GetProperty("id").GetString());
        Tolerance.Published(3.20, alsfrs.GetProperty("analysis").GetProperty("estimate").GetDouble(), 2);
        Assert.Equal(173, alsfrs.GetProperty("participants").GetInt32());
        Assert.Equal("Moderate", alsfrs.GetProperty("grade").GetProperty("certainty").GetString());
    }

    [Fact]
    public void AlsExercise_Markdown_MatchesSnapshot()
    {
        var (exit, _, error) = Cli.Run("report", Example("als-exercise"), "-o", _out, "--format", "md");
        Assert.True(exit == 0, error);
        Snapshot.Match("report-als-exercise-md", File.ReadAllText(Path.Combine(_out, "report.md")));
    }

    [Fact]
    public void AlsExercise_Html_RendersInHeadlessChromium()
    {
        var (exit, _, error) = Cli.Run("report", Example("als-exercise"), "-o", _out, "--format", "html");
        Assert.True(exit == 0, error);
        var html = Path.Combine(_out, "report.html");
        var chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);
        Assert.True(chromium is not null, "headless Chromium is needed for this test: apt-get install chromium (tools/test.sh does it)");

        // The DOM as Chromium parsed it: every table and figure of the report is there.
        var dom = RunChromium(chromium!, "--dump-dom", new Uri(html).AbsoluteUri);
        var tablesInFile = CountOf(File.ReadAllText(html), "<table");
        Assert.True(tablesInFile >= 10, $"{tablesInFile} tables");
        Assert.Equal(tablesInFile, CountOf(dom, "<table"));
        Assert.Equal(CountOf(File.ReadAllText(html), "<svg"), CountOf(dom, "<svg"));

        // And it prints: a PDF with pages.
        var pdf = Path.Combine(_out, "report.pdf");
        RunChromium(chromium!, $"--print-to-pdf={pdf}", "--no-pdf-header-footer", new Uri(html).AbsoluteUri);
        var bytes = File.ReadAllBytes(pdf);
        Assert.True(bytes.Length > 10_000, $"PDF of {bytes.Length} bytes");
        var text = System.Text.Encoding.Latin1.GetString(bytes);
        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        Assert.True(System.Text.RegularExpressions.Regex.Count(text, @"/Type\s*/Page[^s]") >= 3, "the printed report has at least three pages");
    }

    [Fact]
    public void Colditz1994Bcg_ReportsSubgroupsMetaRegressionAndSmallStudyTests()
    {
        var (exit, _, error) = Cli.Run("report", Example("bcg-vaccine"), "-o", _out, "--format", "md", "json");
        Assert.True(exit == 0, error);
        var md = File.ReadAllText(Path.Combine(_out, "report.md"));
        Assert.Contains("RR (IV, Random, 95% CI) 0.49 \\[0.34, 0.70\\]", md, StringComparison.Ordinal);
        Assert.Contains("Meta-regression on latitude + year", md, StringComparison.Ordinal);
        Assert.Contains("Trim-and-fill (L0)", md, StringComparison.Ordinal);
        var tb = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "results.json"))).RootElement.GetProperty("outcomes")[0];
        Tolerance.Published(-0.7145, tb.GetProperty("analysis").GetProperty("estimate").GetDouble(), 4);
    }

    [Fact]
    public void Fleiss1993RevManImport_ReportsRevMansMantelHaenszelOddsRatio()
    {
        // examples/fleiss1993-revman was made by `metareview import revman Fleiss1993.rm5 --design rct`;
        // RevMan 5 printed OR 0.89686556 [0.8405144, 0.95699471], Chi² 9.94605598 (METHODS-REFERENCE §3).
        var (exit, _, error) = Cli.Run("report", Example("fleiss1993-revman"), "-o", _out, "--format", "md", "json");
        Assert.True(exit == 0, error);
        var md = File.ReadAllText(Path.Combine(_out, "report.md"));
        Assert.Contains("OR (M-H, Fixed, 95% CI) 0.90 \\[0.84, 0.96\\]", md, StringComparison.Ordinal);
        Assert.Contains("Chi² = 9.95, df = 6", md, StringComparison.Ordinal);
        var aspirin = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "results.json"))).RootElement.GetProperty("outcomes")[0].GetProperty("analysis");
        Tolerance.Relative(0.89686556, Math.Exp(aspirin.GetProperty("estimate").GetDouble()), 1e-7, "OR");
        Tolerance.Relative(9.94605598, aspirin.GetProperty("q").GetDouble(), 1e-7, "Chi²");
    }

    [Fact]
    public void ReviewFolderWithImportsAndScreening_DrawsThePrismaFlowDiagram()
    {
        using var review = new ReviewDirectory();
        review.WriteReviewFile();
        review.ImportIbd();
        review.ScreenIbd();
        var (exit, _, error) = Cli.Run("report", review.Path, "-o", _out, "--format", "html", "md");
        Assert.True(exit == 0, error);
        Assert.True(File.Exists(Path.Combine(_out, "figures", "prisma.svg")));
        var svg = File.ReadAllText(Path.Combine(_out, "figures", "prisma.svg"));
        var (_, prismaText, _) = Cli.Run("prisma", review.Path);
        Assert.Contains("Records screened", svg, StringComparison.Ordinal);
        Assert.Contains("Studies included in review", svg, StringComparison.Ordinal);
        Assert.Contains("PRISMA 2020 flow diagram", File.ReadAllText(Path.Combine(_out, "report.html")), StringComparison.Ordinal);
        Assert.NotEmpty(prismaText);
    }

    [Fact]
    public void MissingFolder_IsAnInputError()
    {
        var (exit, _, error) = Cli.Run("report", Path.Combine(_out, "nowhere"));
        Assert.Equal(2, exit);
        Assert.Contains("not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenReviewFile_ListsEveryProblemAtItsLineAndColumn_AndWritesNothing()
    {
        var project = Path.Combine(_out, "broken");
        Directory.CreateDirectory(project);
        var yaml = File.ReadAllText(Path.Combine(Example("als-exercise"), "review.yaml"))
            .Replace("mean: 34.1, sd: 7.1", "mean: 34.1, sd: -7.1", StringComparison.Ordinal)
            .Replace("  - study: lunetta2016\n        source", "  - study: lunetta2061\n        source", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(project, "review.yaml"), yaml);
        var (exit, _, error) = Cli.Run("report", project, "-o", Path.Combine(project, "out"));
        Assert.Equal(2, exit);
        Assert.Matches(@"review\.yaml:\d+:\d+: .*sd.*-7\.1", error);
        Assert.Contains("did you mean 'lunetta2016'", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(project, "out")));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string what)
    {
        var n = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    private static string RunChromium(string chromium, params string[] args)
    {
        var start = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage" }.Concat(args))
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "Chromium did not finish in 2 minutes");
        Assert.True(process.ExitCode == 0, $"Chromium exited with {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }
}
