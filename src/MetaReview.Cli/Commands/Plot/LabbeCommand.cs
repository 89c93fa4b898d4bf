using System.CommandLine;
using MetaReview.Reporting.Plots.Diagnostics;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Cli.Commands.Plot;

/// <summary>
/// <c>metareview plot labbe DATA.csv [analysis options] -o FILE</c>: the L'Abbé plot of binary data, the
/// experimental arm's risk (odds for OR and Peto) against the control arm's, circle areas by the analysis's weights.
/// metafor: <c>labbe(res, transf=exp)</c>.
/// </summary>
internal static class LabbeCommand
{
    public static Command Create(CliContext context)
    {
        var input = new DiagnosticPlotInput("labbe", labelsByDefault: false);
        return input.Command(context, "L'Abbé plot of binary data: the experimental arm's risk (or odds) against the control arm's.", (_, analysis, options) =>
        {
            var dataset = analysis.Dataset;
            var result = analysis.Result;
            if (dataset.DataType != DataType.Binary)
            {
                throw new CliInputException(
                    $"metareview plot labbe: a L'Abbé plot needs binary data (events and totals in two arms, measure RR, OR, RD or PETO); '{dataset.Source}' has {dataset.DataType.ToString().ToLowerInvariant()} data ({result.Measure}).");
            }

            var weights = result.Model.WeightPercent;
            var useWeights = weights.All(w => w > 0);
            if (!useWeights)
            {
                context.Error.WriteLine("note: some studies have no weight in the analysis; the circles are sized by the fixed-effect inverse-variance weights instead.");
            }

            var studies = result.Effects.InputIndices.Select((row, i) =>
                new LabbeStudy(analysis.Labels[i], (BinaryArms)dataset.Studies[row].Data, useWeights ? weights[i] : null));
            var data = new LabbeInput([.. studies], result.Measure, result.Model.Estimate);
            return new DiagnosticDrawing(() => LabbePlot.Create(data, options), $"L'Abbé plot of {analysis.Studies}");
        });
    }
}
