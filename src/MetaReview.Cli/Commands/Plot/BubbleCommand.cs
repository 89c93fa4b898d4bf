using System.CommandLine;
using System.Globalization;
using MetaReview.Reporting.Plots.Diagnostics;
using MetaReview.Reporting.Results;
using MetaReview.Statistics.MetaRegression;

namespace MetaReview.Cli.Commands.Plot;

/// <summary>
/// <c>metareview plot bubble DATA.csv --mods COLUMN [analysis options] -o FILE</c>: the meta-regression of the
/// effects on one continuous moderator (the analysis's model: mixed effects with its tau² estimator, or fixed effects;
/// z or Knapp–Hartung), drawn as bubbles with the fitted line and its confidence band from the model's coefficients
/// and their covariance. metafor: <c>regplot(rma(yi, vi, mods = ~ COLUMN))</c>.
/// </summary>
internal static class BubbleCommand
{
    public static Command Create(CliContext context)
    {
        var input = new DiagnosticPlotInput("bubble", labelsByDefault: false);
        var mods = new Option<string?>("--mods") { Description = "The column of the data file with the moderator: one continuous (numeric) moderator, e.g. 'ablat'" };
        return input.Command(context, "Bubble plot of a meta-regression on one continuous moderator: the fitted line, its confidence band, bubbles sized by weight.", (parsed, analysis, options) =>
        {
            var name = parsed.GetValue(mods)
                ?? throw new CliInputException("metareview plot bubble: give the moderator with --mods COLUMN (a numeric column of the data file, e.g. --mods ablat).");
            var (studies, column) = Moderator(context, analysis, name);
            var moderator = column.Replace('`', '\'');
            analysis.NoteInverseVariance(context, "bubble plot");
            var fit = input.Engine(() => MetaRegressionModel.Fit(
                [.. studies.Select(s => s.Yi)],
                [.. studies.Select(s => s.Vi)],
                DesignMatrix.Build($"`{moderator}`", [ModeratorColumn.Numeric(moderator, [.. studies.Select(s => s.X)])]),
                analysis.Model));
            DiagnosticPlotInput.Notes(context, fit.Warnings);
            context.Error.WriteLine(Summary(fit, column));
            var data = new BubbleInput([.. studies], fit.Coefficients[0].Estimate, fit.Coefficients[1].Estimate, fit.Covariance[0], fit.Covariance[3], fit.Covariance[1])
            {
                Tau2 = fit.Tau2,
                ConfidenceLevel = fit.Level,
                Df = fit.Df,
                Measure = analysis.Result.Measure,
            };
            var labelled = options with { XAxisTitle = options.XAxisTitle ?? column };
            var k = studies.Count;
            return new DiagnosticDrawing(() => BubblePlot.Create(data, labelled), $"bubble plot of {k} {(k == 1 ? "study" : "studies")} on '{column}'");
        }, mods);
    }

    /// <summary>
    /// The studies of the analysis with their moderator values. A study without a value is left out (with a note, as
    /// metafor's na.omit does); a value that is not a number is an input error, every one listed.
    /// </summary>
    private static (List<BubbleStudy> Studies, string Column) Moderator(CliContext context, DiagnosticAnalysis analysis, string name)
    {
        var dataset = analysis.Dataset;
        var column = PlotDataInput.Column(dataset, name, "--mods");
        var studies = new List<BubbleStudy>();
        var problems = new List<string>();
        var rows = analysis.Result.Effects.InputIndices;
        for (var i = 0; i < rows.Length; i++)
        {
            var label = analysis.Labels[i];
            var where = $"{dataset.LocationOf(rows[i])}: column '{column.Name}' (study '{label}')";
            var text = column.Values[rows[i]];
            if (string.IsNullOrWhiteSpace(text))
            {
                context.Error.WriteLine($"note: {where}: no moderator value; the study is left out of the meta-regression.");
            }
            else if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x))
            {
                studies.Add(new BubbleStudy(label, x, analysis.Yi[i], analysis.Vi[i]));
            }
            else
            {
                problems.Add($"{where}: --mods needs a number (one continuous moderator), got '{text}'.");
            }
        }

        if (problems.Count > 0)
        {
            problems.Add($"{problems.Count} problem{(problems.Count == 1 ? "" : "s")} in '{dataset.Source}'; nothing was drawn.");
            throw new CliInputException(string.Join(Environment.NewLine, problems));
        }

        return (studies, column.Name);
    }

    /// <summary>"note: meta-regression on 'ablat' (k = 13): slope −0.0291 (SE 0.0072, z = −4.0..., p &lt;.0001); residual tau² ...".</summary>
    private static string Summary(MetaRegressionResult fit, string column)
    {
        var slope = fit.Coefficients[1];
        var statistic = fit.Df is null ? "z" : "t";
        var r2 = fit.R2 is { } r ? $"; R² {NumberFormat.Fixed(r, 2)}%" : "";
        var p = NumberFormat.PValue(slope.PValue);
        return $"note: meta-regression on '{column}' (k = {fit.K}): intercept {NumberFormat.Fixed(fit.Coefficients[0].Estimate)}, slope {NumberFormat.Fixed(slope.Estimate)} "
            + $"(SE {NumberFormat.Fixed(slope.StandardError)}, {statistic} = {NumberFormat.Fixed(slope.Statistic)}, p {(p.StartsWith('<') ? p : "= " + p)}); residual tau² {NumberFormat.Fixed(fit.Tau2)}{r2}";
    }
}
