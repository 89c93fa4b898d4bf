using System.CommandLine;
using MetaReview.Reporting.Plots.RiskOfBias;

namespace MetaReview.Cli.Commands.Plot;

/// <summary>
/// <c>metareview plot rob ROB.csv [--tool rob2|rob1|robins-i|custom] [--summary [--weighted]] -o FILE</c>: the
/// traffic-light plot of the judgements, or with <c>--summary</c> the summary bar chart.
/// </summary>
internal static class RobCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("ROB") { Description = "CSV file: study, one column per domain, overall (optional), weight (optional)" };
        var tool = new Option<string>("--tool") { Description = "rob2 (D1–D5), rob1 (D1–D7), robins-i (D1–D7) or custom (the file's domain columns)", DefaultValueFactory = _ => "rob2" };
        tool.AcceptOnlyFromAmong([.. RobCsvReader.Tools.Keys]);
        var summary = new Option<bool>("--summary") { Description = "Draw the summary bar chart (share of studies per judgement) instead of the traffic-light plot" };
        var weighted = new Option<bool>("--weighted") { Description = "Summary bars weighted by the 'weight' column" };
        var output = new PlotOutputOptions();
        var command = new Command("rob", "Risk-of-bias traffic-light plot or summary bar chart (RoB 2, RoB 1, ROBINS-I or custom domains).") { file, tool, summary, weighted };
        output.AddTo(command);
        command.SetAction(parsed =>
        {
            var target = output.Target(parsed, "rob");
            var assessment = RobCsvReader.Read(DelimitedTable.Read(parsed.GetValue(file)!), RobCsvReader.Tools[parsed.GetValue(tool)!]);
            var isSummary = parsed.GetValue(summary);
            if (parsed.GetValue(weighted) && (!isSummary || assessment.Studies.Any(s => s.Weight is null)))
            {
                throw new CliInputException(isSummary
                    ? $"metareview plot rob: --weighted needs a weight for every study in a 'weight' column of '{parsed.GetValue(file)}'."
                    : "metareview plot rob: --weighted applies to the summary chart only; add --summary.");
            }

            var defaults = new RiskOfBiasOptions();
            var options = new RiskOfBiasOptions
            {
                Width = parsed.GetValue(output.Width),
                FontSize = parsed.GetValue(output.FontSize) ?? defaults.FontSize,
                Title = parsed.GetValue(output.Title),
                Weighted = parsed.GetValue(weighted),
            };
            if (parsed.GetValue(output.Height) is not null)
            {
                context.Error.WriteLine("note: --height is ignored: risk-of-bias plots are as tall as their rows.");
            }

            var scene = PlotOutputOptions.Draw("rob", () => isSummary ? SummaryPlot.Create(assessment, options) : TrafficLightPlot.Create(assessment, options));
            var k = assessment.Studies.Length;
            return output.Write(context, parsed, target, scene, $"{assessment.Tool.Name} {(isSummary ? "summary plot" : "traffic-light plot")} of {k} {(k == 1 ? "study" : "studies")}");
        });
        return command;
    }
}
