using System.CommandLine;
using MetaReview.Cli.Commands.Validate;
using MetaReview.Review.Project;
using MetaReview.Review.RevMan;
using MetaReview.Review.RevMan.Conversion;

namespace MetaReview.Cli.Commands.RevMan;

/// <summary>
/// <c>metareview export revman DIR --outcome ID [--outcome ID…] [-o FILE.csv|FILE.zip]</c>: writes review project
/// outcomes for RevMan Web (<see cref="RevManProjectExport"/>, <see cref="RevManExport"/>): a data-rows CSV, or with a
/// .zip output a whole Cochrane data package (data rows and analysis settings). Values converted from their reported
/// form are written as analysed, and listed on standard error. Exit code 2 for a project with errors, an unknown
/// outcome, or an outcome RevMan cannot hold (rates, correlations, proportions, ratio of means).
/// </summary>
internal static class ExportRevManCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("DIR") { Description = "The project folder (the one holding review.yaml)" };
        var outcomes = new Option<string[]>("--outcome") { Description = "Id of an outcome to export; repeat for several (numbered 1.1, 1.2, … in RevMan)", Required = true, AllowMultipleArgumentsPerToken = false };
        var output = new Option<string?>("--output", "-o") { Description = "The file to write: .csv for RevMan Web's data rows (default: standard output), .zip for a data package" };
        var revman = new Command("revman", "Write review project outcomes as a RevMan Web data-rows CSV (or a data package .zip).") { directory, outcomes, output };
        revman.SetAction(parsed => Run(context, parsed.GetValue(directory)!, parsed.GetValue(outcomes)!, parsed.GetValue(output)));
        return new Command("export", "Export a review's data for another program.") { revman };
    }

    private static int Run(CliContext context, string directory, string[] ids, string? output)
    {
        var project = ProjectInput.Load("export revman", directory);
        var analyses = new List<RevManExportAnalysis>();
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            var outcome = project.FindOutcome(id)
                ?? throw new CliInputException($"metareview export revman: the project has no outcome '{id}'; its outcomes are {string.Join(", ", project.Outcomes.Select(o => $"'{o.Id}'"))}.");
            var analysis = RevManProjectExport.Analysis(outcome, i + 1);
            var problems = RevManExport.Validate(analysis);
            if (!problems.IsEmpty)
            {
                throw new CliInputException($"metareview export revman: outcome '{id}' cannot be written for RevMan: {string.Join(" ", problems)}");
            }

            Conversions(context, outcome);
            analyses.Add(analysis);
        }

        if (output is not null && output.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            OutputTarget.Write(context, output, stream => RevManExport.WriteDataPackage(analyses, stream, PackageId(project)));
        }
        else
        {
            OutputTarget.WriteText(context, output, w => RevManExport.WriteDataRows(analyses, w));
        }

        if (output is not null && output != "-")
        {
            context.Error.WriteLine($"Wrote {analyses.Sum(a => a.Studies.Length)} study rows of {analyses.Count} outcome{(analyses.Count == 1 ? "" : "s")} to {output}.");
        }

        return CliApp.Success;
    }

    /// <summary>RevMan gets the numbers as analysed: say which were converted from what the studies reported.</summary>
    private static void Conversions(CliContext context, ReviewOutcome outcome)
    {
        foreach (var (study, c) in outcome.Conversions)
        {
            context.Error.WriteLine($"note: outcome '{outcome.Id}', {study.Label}, {c.Part}: written as analysed, {c.Record.Description}");
        }
    }

    private static string PackageId(ReviewProject project)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(project.Directory)));
        var id = new string([.. name.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')]);
        return id.Length == 0 ? "MetaReview" : id;
    }
}
