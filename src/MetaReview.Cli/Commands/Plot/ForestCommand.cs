using System.CommandLine;
using MetaReview.Cli.Commands.Analyze;
using MetaReview.Reporting.Plots.Forest;

namespace MetaReview.Cli.Commands.Plot;

/// <summary>
/// <c>metareview plot forest DATA.csv [analysis options] [--subgroup COL] [--sort ...] [--layout revman|compact] -o FILE</c>:
/// the forest plot of the analysis, in RevMan 5's layout by default.
/// </summary>
internal static class ForestCommand
{
    public static Command Create(CliContext context)
    {
        var input = new PlotDataInput();
        var output = new PlotOutputOptions();
        var subgroup = new Option<string?>("--subgroup") { Description = "Column of the data file that names each study's subgroup" };
        var sort = new Option<string>("--sort") { Description = "Order of the studies: data (as in the file), weight, effect, year or label", DefaultValueFactory = _ => "data" };
        sort.AcceptOnlyFromAmong("data", "weight", "effect", "year", "label");
        var layout = new Option<string>("--layout") { Description = "revman (RevMan 5) or compact (JAMA/BMJ style)", DefaultValueFactory = _ => "revman" };
        layout.AcceptOnlyFromAmong("revman", "compact");
        var xlabel = new Option<string?>("--xlabel") { Description = "A label under the axis, e.g. 'Risk ratio (log scale)'" };
        var labelE = new Option<string?>("--label-e") { Description = "Name of the experimental arm, over its columns and in 'Favours ...' (default: Experimental)" };
        var labelC = new Option<string?>("--label-c") { Description = "Name of the control arm, over its columns and in 'Favours ...' (default: Control)" };
        var command = new Command("forest", "Forest plot of a study-level data file (RevMan 5 layout by default).") { subgroup, sort, layout, xlabel, labelE, labelC };
        input.AddTo(command);
        output.AddTo(command);
        command.SetAction(parsed =>
        {
            var target = output.Target(parsed, "forest");
            var (dataset, result) = input.Load(context, parsed);
            var sortBy = parsed.GetValue(sort) switch
            {
                "weight" => ForestSort.Weight,
                "effect" => ForestSort.Effect,
                "year" => ForestSort.Year,
                "label" => ForestSort.Label,
                _ => ForestSort.Given,
            };
            var years = PlotDataInput.Years(dataset);
            if (sortBy == ForestSort.Year && years is null)
            {
                throw new CliInputException($"metareview plot forest: --sort year needs a 'year' column in '{dataset.Source}'.");
            }

            var dataOptions = new ForestDataOptions { Years = years };
            ForestPlotData data;
            if (parsed.GetValue(subgroup) is { } column)
            {
                var labels = ColumnLookup.Find(dataset, column, "--subgroup");
                var missing = labels.Values.IndexOf(null);
                if (missing >= 0)
                {
                    throw new CliInputException($"{dataset.LocationOf(missing)}: column '{labels.Name}' (study '{dataset.Studies[missing].Study}'): the subgroup is missing; every study needs one.");
                }

                data = ForestData.BySubgroup(result, dataset.Studies, labels.Values, dataOptions);
            }
            else
            {
                data = ForestData.FromAnalysis(result, dataset.Studies, dataOptions);
            }

            var e = parsed.GetValue(labelE);
            var c = parsed.GetValue(labelC);
            var options = new ForestPlotOptions
            {
                Layout = parsed.GetValue(layout) == "compact" ? ForestLayout.Compact : ForestLayout.RevMan,
                Sort = sortBy,
                Width = parsed.GetValue(output.Width),
                Height = parsed.GetValue(output.Height),
                FontSize = parsed.GetValue(output.FontSize) ?? new ForestPlotOptions().FontSize,
                Title = parsed.GetValue(output.Title),
                XLabel = parsed.GetValue(xlabel),
                ExperimentalLabel = e ?? "Experimental",
                ControlLabel = c ?? "Control",
                FavoursLeft = e is null ? "Favours [experimental]" : "Favours " + e,
                FavoursRight = c is null ? "Favours [control]" : "Favours " + c,
            };
            var scene = PlotOutputOptions.Draw("forest", () => ForestPlot.Create(data, options));
            var k = data.Rows.Count();
            return output.Write(context, parsed, target, scene, $"forest plot of {k} {(k == 1 ? "study" : "studies")}");
        });
        return command;
    }
}
