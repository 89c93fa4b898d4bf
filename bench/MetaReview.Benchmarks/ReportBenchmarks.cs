using BenchmarkDotNet.Attributes;
using MetaReview.Reporting.Report.Document;
using MetaReview.Reporting.Report.Review;
using MetaReview.Reporting.Report.Writers;
using MetaReview.Reporting.Results;
using MetaReview.Review.Project;
using MetaReview.Review.Synthesis;

namespace MetaReview.Benchmarks;

/// <summary>
/// The phases of <c>metareview report</c> in process, to show where its time goes: loading review.yaml, the synthesis
/// (every planned analysis), building the report document (with its plots), and each writer. Runs on
/// examples/als-exercise, and also on the review folder named by the environment variable MR_SYNTHETIC_REVIEW when it
/// is set (a synthetic 200 × 10 review written by <c>dotnet run bench/load/MakeReview.cs -- DIR</c>).
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private static readonly ReviewReportOptions Options = new() { Software = "MetaReview benchmark" };
    private ReviewProject _project = null!;
    private ReviewSynthesis _synthesis = null!;
    private ReportDocument _document = null!;

    [ParamsSource(nameof(Reviews))]
    public string Review { get; set; } = "";

    public static IEnumerable<string> Reviews()
    {
        yield return Path.Combine(RepositoryRoot(), "examples", "als-exercise");
        if (Environment.GetEnvironmentVariable("MR_SYNTHETIC_REVIEW") is { Length: > 0 } synthetic)
        {
            yield return Path.GetFullPath(synthetic);
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        _project = Load();
        _synthesis = Synthesise();
        _document = BuildDocument();
    }

    [Benchmark]
    public ReviewProject Load()
    {
        var result = ReviewProjectLoader.Load(Review);
        return result.Project ?? throw new InvalidOperationException($"{Review}: {result.Problems.Length} problems, first: {result.Problems.FirstOrDefault()}");
    }

    [Benchmark]
    public ReviewSynthesis Synthesise() => ReviewSynthesizer.Run(_project);

    [Benchmark]
    public ReportDocument BuildDocument() => ReviewReportBuilder.Build(_synthesis, Options);

    [Benchmark]
    public string Html() => HtmlReportWriter.Render(_document);

    [Benchmark]
    public int Markdown() => MarkdownReportWriter.Render(_document).Figures.Count;

    [Benchmark]
    public long Word()
    {
        using var stream = new MemoryStream();
        WordReportWriter.Write(_document, stream);
        return stream.Length;
    }

    [Benchmark]
    public long Json()
    {
        using var stream = new MemoryStream();
        ReviewResultsJsonWriter.Write(stream, _synthesis);
        return stream.Length;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MetaReview.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No MetaReview.slnx above {AppContext.BaseDirectory}: run the benchmarks from the repository's build output.");
    }
}
