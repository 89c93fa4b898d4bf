using System.CommandLine;
using System.Diagnostics;
using System.Text;
using MetaReview.Cli.Commands.Prisma;
using MetaReview.Cli.Commands.Records;
using MetaReview.Records.Prisma;
using MetaReview.Records.Screening;
using MetaReview.Reporting.Plots.Prisma;
using MetaReview.Reporting.Report.Document;
using MetaReview.Reporting.Report.Review;
using MetaReview.Reporting.Report.Writers;
using MetaReview.Reporting.Results;
using MetaReview.Review.Project;
using MetaReview.Review.Synthesis;
using RecordsCriterion = MetaReview.Records.Screening.EligibilityCriterion;

namespace MetaReview.Cli.Commands.Report;

/// <summary>
/// <c>metareview report DIR [-o OUT]</c>: loads the review project, runs every planned analysis, and writes the
/// report as HTML (self-contained), Markdown (with SVG figure files), Word, and <c>results.json</c>.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("DIR") { Description = "The review project folder (with review.yaml)" };
        var output = new Option<string?>("--output", "-o") { Description = "Folder to write the report to (default: DIR/report)" };
        var formats = new Option<string[]>("--format", "-f")
        {
            Description = "Which files to write: html, md, docx, json (default: all)",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => ["html", "md", "docx", "json"],
        };
        formats.AcceptOnlyFromAmong("html", "md", "docx", "json");
        var command = new Command("report", "Analyse a review project and write its full report (HTML, Markdown, Word, results.json).") { directory, output, formats };
        command.SetAction(parsed =>
        {
            var dir = parsed.GetValue(directory)!;
            var outDir = parsed.GetValue(output) ?? Path.Combine(dir, "report");
            return Run(context, dir, outDir, [.. parsed.GetValue(formats)!]);
        });
        return command;
    }

    internal static int Run(CliContext context, string dir, string outDir, IReadOnlyCollection<string> formats)
    {
        var clock = Stopwatch.StartNew();
        var project = Load(context, dir, out var loadWarnings);
        var warnings = loadWarnings.ToList();
        var prisma = Prisma(context, dir, project, warnings);
        var synthesis = ReviewSynthesizer.Run(project);
        var document = ReviewReportBuilder.Build(synthesis, new ReviewReportOptions
        {
            Software = $"MetaReview {AnalysisJsonWriter.SoftwareVersion}",
            Warnings = [.. warnings],
            Prisma = prisma,
        });
        Directory.CreateDirectory(outDir);
        var written = new Dictionary<string, string>(StringComparer.Ordinal);

        // The Word document spends most of its time waiting for rsvg-convert: write it while the others are written,
        // on a thread of its own (on a thread-pool thread, its figure renderings and their pipes wait for the pool).
        var word = formats.Contains("docx")
            ? Task.Factory.StartNew(() => WriteWord(context, outDir, document), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
            : null;
        try
        {
            if (formats.Contains("html"))
            {
                written["html"] = WriteText(context, Path.Combine(outDir, "report.html"), HtmlReportWriter.Render(document));
            }

            if (formats.Contains("md"))
            {
                written["md"] = WriteMarkdown(context, outDir, document);
            }

            if (formats.Contains("json"))
            {
                written["json"] = Path.Combine(outDir, "results.json");
                OutputTarget.Write(context, written["json"], stream => ReviewResultsJsonWriter.Write(stream, synthesis));
            }
        }
        finally
        {
            // A failure above still waits for the document, so that nothing is left writing (WaitAny does not throw).
            if (word is not null)
            {
                Task.WaitAny(word);
            }
        }

        if (word is not null)
        {
            (written["docx"], var notes) = word.GetAwaiter().GetResult();
            foreach (var note in notes)
            {
                context.Error.WriteLine($"note: {note}");
            }
        }

        var analysed = synthesis.Outcomes.Count(o => o.Analysis is not null);
        context.Out.WriteLine($"Report of '{project.Title}': {analysed} of {synthesis.Outcomes.Length} outcomes analysed, {project.IncludedStudies.Count()} included studies ({clock.ElapsedMilliseconds} ms).");
        foreach (var path in new[] { "html", "md", "docx", "json" }.Where(written.ContainsKey).Select(f => written[f]))
        {
            context.Out.WriteLine($"  {path}");
        }

        return CliApp.Success;
    }

    /// <summary>
    /// The PRISMA 2020 counts of the review folder's imported records and screening (metareview records import,
    /// screen), or <see langword="null"/> when the folder has none; screening still under way is a warning.
    /// </summary>
    private static PrismaCounts? Prisma(CliContext context, string dir, ReviewProject review, List<string> warnings)
    {
        if (!File.Exists(new ReviewFolder(dir).ImportsManifest))
        {
            return null;
        }

        var records = FolderInput.Load(context, dir, "report", requireImports: false);
        var state = records.Screening(FolderInput.Rules(records, "report"));
        var counts = PrismaCountsBuilder.Build(records, state, [.. review.Eligibility.Select(c => new RecordsCriterion(c.Id, c.Text, c.Reason))]);
        foreach (var note in counts.Notes)
        {
            var warning = $"PRISMA flow: {note}";
            context.Error.WriteLine($"note: {warning}");
            warnings.Add(warning);
        }

        return PrismaDiagramCounts.From(counts);
    }

    /// <summary>Loads the project; any problem ends the command with exit code 2 and every problem listed.</summary>
    internal static ReviewProject Load(CliContext context, string dir, out IReadOnlyList<string> warnings)
    {
        if (!Directory.Exists(dir))
        {
            throw new CliInputException($"metareview: review folder '{dir}' not found.");
        }

        if (!File.Exists(Path.Combine(dir, ReviewProjectLoader.FileName)))
        {
            throw new CliInputException($"metareview: '{dir}' has no {ReviewProjectLoader.FileName}; create one with 'metareview init {dir}'.");
        }

        var result = ReviewProjectLoader.Load(dir);
        warnings = [.. result.Warnings.Select(w => w.ToString())];
        foreach (var warning in warnings)
        {
            context.Error.WriteLine($"warning: {warning}");
        }

        if (result.Project is not { } project)
        {
            var lines = result.Problems.Select(p => p.ToString()).ToList();
            lines.Add($"{result.Problems.Length} problem{(result.Problems.Length == 1 ? "" : "s")} in '{Path.Combine(dir, ReviewProjectLoader.FileName)}'; no report was written.");
            throw new CliInputException(string.Join(Environment.NewLine, lines));
        }

        return project;
    }

    private static (string Path, IReadOnlyList<string> Notes) WriteWord(CliContext context, string outDir, ReportDocument document)
    {
        var path = Path.Combine(outDir, "report.docx");
        IReadOnlyList<string> notes = [];
        OutputTarget.Write(context, path, stream => notes = WordReportWriter.Write(document, stream));
        return (path, notes);
    }

    private static string WriteText(CliContext context, string path, string text)
    {
        OutputTarget.Write(context, path, stream => stream.Write(new UTF8Encoding(false).GetBytes(text)));
        return path;
    }

    private static string WriteMarkdown(CliContext context, string outDir, ReportDocument document)
    {
        var (markdown, figures) = MarkdownReportWriter.Render(document);
        foreach (var (name, svg) in figures)
        {
            var path = Path.Combine(outDir, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            WriteText(context, path, svg);
        }

        return WriteText(context, Path.Combine(outDir, "report.md"), markdown);
    }
}
