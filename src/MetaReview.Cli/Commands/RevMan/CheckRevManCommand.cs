using System.CommandLine;
using MetaReview.Cli.Commands.Validate;
using MetaReview.Review.RevMan;
using MetaReview.Review.RevMan.Conversion;

namespace MetaReview.Cli.Commands.RevMan;

/// <summary>
/// <c>metareview check revman FILE|DIR [-o REPORT]</c>: re-analyses every outcome and subgroup of a RevMan file (.rm5,
/// RevMan 5 CSV export or Cochrane data package) with the <c>revman5</c> preset, or of a project imported from one
/// (against the RevMan results kept in its <c>revman-results.json</c>), and prints RevMan's and MetaReview's results
/// side by side (<see cref="RevManCheck"/>, <see cref="RevManCheckText"/>). Exit code 0 when every value RevMan stored
/// agrees within its rounding, 1 when any disagrees, 2 when the input cannot be read.
/// </summary>
internal static class CheckRevManCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("FILE|DIR") { Description = "A RevMan 5 review (.rm5), RevMan 5 'Data and analyses' CSV export or Cochrane data package (.zip); or a project folder made by 'metareview import revman'" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output" };
        var revman = new Command("revman", "Re-analyse a RevMan file (or a project imported from one) with the revman5 preset and compare with RevMan's stored results; exit 1 on disagreement.") { input, output };
        revman.SetAction(parsed =>
        {
            var path = parsed.GetValue(input)!;
            var report = Directory.Exists(path) ? Project(path) : RevManCheck.Run(RevManInput.Read(context, "check revman", path).Review!);
            OutputTarget.WriteText(context, parsed.GetValue(output), w => RevManCheckText.Write(report, w));
            if (report.Agrees)
            {
                return CliApp.Success;
            }

            var failed = report.Rows.Where(r => r.Status == RevManCheckStatus.Fail).Select(r => r.Label);
            context.Error.WriteLine($"metareview check revman: MetaReview and RevMan disagree beyond rounding in {string.Join(", ", failed)}.");
            return CliApp.Failure;
        });
        return new Command("check", "Check results against another program's.") { revman };
    }

    private static RevManCheckReport Project(string directory)
    {
        var results = Path.Combine(directory, RevManResultsFile.FileName);
        if (!File.Exists(results))
        {
            throw new CliInputException($"metareview check revman: '{directory}' has no {RevManResultsFile.FileName}: only a project made by 'metareview import revman' keeps RevMan's results to check against.");
        }

        var project = ProjectInput.Load("check revman", directory);
        try
        {
            return RevManProjectCheck.Run(project, RevManResultsFile.Read(results));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"metareview check revman: {e.Message}", e);
        }
    }
}
