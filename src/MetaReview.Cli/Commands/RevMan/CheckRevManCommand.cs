using System.CommandLine;
using MetaReview.Review.RevMan;

namespace MetaReview.Cli.Commands.RevMan;

/// <summary>
/// <c>metareview check revman FILE [-o REPORT]</c>: re-analyses every outcome and subgroup of a RevMan file (.rm5,
/// RevMan 5 CSV export or Cochrane data package) with the <c>revman5</c> preset and prints RevMan's and MetaReview's
/// results side by side (<see cref="RevManCheck"/>, <see cref="RevManCheckText"/>). Exit code 0 when every value
/// RevMan stored agrees within its rounding, 1 when any disagrees, 2 when the file cannot be read.
/// </summary>
internal static class CheckRevManCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A RevMan 5 review (.rm5), RevMan 5 'Data and analyses' CSV export, or Cochrane data package (.zip)" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output" };
        var revman = new Command("revman", "Re-analyse a RevMan file with the revman5 preset and compare with RevMan's stored results (exit 1 on disagreement).") { file, output };
        revman.SetAction(parsed =>
        {
            var path = parsed.GetValue(file)!;
            var review = RevManInput.Read(context, "check revman", path);
            var report = RevManCheck.Run(review);
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
}
