using System.CommandLine;
using System.Globalization;
using MetaReview.Reporting.Plots.Funnel;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.SmallStudy;

namespace MetaReview.Cli.Commands.Plot;

/// <summary>
/// <c>metareview plot funnel DATA.csv [analysis options] [--contour] [--trimfill] [--egger] -o FILE</c>: the funnel
/// plot of the analysis, with pseudo-95% limits around the pooled estimate, optionally the studies trim and fill
/// imputes and Egger's regression line.
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
        var trimfill = new Option<bool>("--trimfill") { Description = "Add the studies trim and fill imputes (open circles; L0, the analysis's model) and centre on the adjusted estimate" };
        var egger = new Option<bool>("--egger") { Description = "Draw Egger's regression line (classical test: yi on SE, weights 1/vi)" };
        var command = new Command("funnel", "Funnel plot of a study-level data file: effect against standard error.") { contour, trimfill, egger, xlabel, ylabel };
        input.AddTo(command);
        output.AddTo(command);
        command.SetAction(parsed =>
        {
            var target = output.Target(parsed, "funnel");
            var (_, result) = input.Load(context, parsed);
            double[] yi = [.. result.Effects.Yi];
            double[] vi = [.. result.Effects.Vi];
            var data = FunnelData.FromAnalysis(result);
            if (parsed.GetValue(trimfill))
            {
                var tf = PlotOutputOptions.Engine("funnel --trimfill", () => TrimAndFill.Run(yi, vi, new TrimAndFillOptions { Model = result.Options.Model }));
                data = data with { Filled = [.. tf.Filled.Select((f, i) => new FunnelPoint($"Filled study {i + 1}", f.Yi, Math.Sqrt(f.Vi)))], Estimate = tf.Estimate, EstimateLabel = "Adjusted estimate (trim and fill)" };
                var adjusted = result.Measure.HasBackTransform() ? result.Measure.BackTransform(tf.Estimate, null) : tf.Estimate;
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"note: trim and fill: {tf.K0} {(tf.K0 == 1 ? "study" : "studies")} filled on the {tf.Side.ToString().ToLowerInvariant()}; adjusted estimate {adjusted:0.####}"));
            }

            if (parsed.GetValue(egger))
            {
                var test = PlotOutputOptions.Engine("funnel --egger", () => EggerTest.Classical(yi, vi, result.Options.Model.Level));
                data = data with { Egger = EggerLine.From(test) };
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"note: Egger's test: t = {test.Statistic:0.####}, df = {test.Df:0}, p = {test.PValue:0.####}"));
            }

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
