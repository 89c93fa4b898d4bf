using System.CommandLine;
using MetaReview.Reporting.Plots.Funnel;

namespace MetaReview.Cli.Commands.Plot;

/// <summary>
/// <c>metareview plot funnel DATA.csv [analysis options] [--contour] -o FILE</c>: the funnel plot of the analysis,
/// with pseudo-95% limits around the pooled estimate.
/// </summary>
internal static class FunnelCommand
{
    public static Command Create(CliContext context)
    {
        var input = new PlotDataInput();
        var output = new PlotOutputOptions();
        var contour = new Option<bool>("--contour") { Description = "Shade the regions where p < 0.10, 0.05 and 0.01 against no effect (contour-enhanced)" };
        var xlabel = new Option<string?>("--xlabel") { Description = "The x-axis label (default: the measure, e.g. 'Risk Ratio')" };
        var ylabel = new Option<string?>("--ylabel") { Description = "The y-axis label (default: e.g. 'SE(log[RR])')" };
        var command = new Command("funnel", "Funnel plot of a study-level data file: effect against standard error.") { contour, xlabel, ylabel };
        input.AddTo(command);
        output.AddTo(command);
        command.SetAction(parsed =>
        {
            var target = output.Target(parsed, "funnel");
            var (_, result) = input.Load(context, parsed);
            var data = FunnelData.FromAnalysis(result);
            var defaults = new FunnelPlotOptions();
            var options = new FunnelPlotOptions
            {
                Width = parsed.GetValue(output.Width) ?? defaults.Width,
                Height = parsed.GetValue(output.Height),
                FontSize = parsed.GetValue(output.FontSize) ?? defaults.FontSize,
                Title = parsed.GetValue(output.Title),
                XLabel = parsed.GetValue(xlabel),
                YLabel = parsed.GetValue(ylabel),
                ContourEnhanced = parsed.GetValue(contour),
            };
            var scene = PlotOutputOptions.Draw("funnel", () => FunnelPlot.Create(data, options));
            var k = data.Studies.Length;
            return output.Write(context, parsed, target, scene, $"funnel plot of {k} {(k == 1 ? "study" : "studies")}");
        });
        return command;
    }
}
