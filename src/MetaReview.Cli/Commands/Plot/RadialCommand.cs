using System.CommandLine;
using MetaReview.Reporting.Plots.Diagnostics;
using MetaReview.Statistics.Models;

namespace MetaReview.Cli.Commands.Plot;

/// <summary>
/// <c>metareview plot radial DATA.csv [analysis options] -o FILE</c>: the radial (Galbraith) plot of the analysis,
/// with the precisions 1/√(vᵢ + tau²) of a random-effects model. metafor: <c>radial(res)</c>.
/// </summary>
internal static class RadialCommand
{
    public static Command Create(CliContext context)
    {
        var input = new DiagnosticPlotInput("radial", labelsByDefault: false);
        return input.Command(context, "Radial (Galbraith) plot: standardised estimates against precision, with the pooled estimate as the slope.", (_, analysis, options) =>
        {
            var model = analysis.Result.Model;
            var data = new RadialInput(
                [.. analysis.Labels.Select((label, i) => new RadialStudy(label, analysis.Yi[i], analysis.Vi[i]))],
                model.Estimate,
                model.Model == EffectModel.Random ? model.Tau2 : 0,
                analysis.Result.Measure);
            return new DiagnosticDrawing(() => RadialPlot.Create(data, options), $"radial plot of {analysis.Studies}");
        });
    }
}
