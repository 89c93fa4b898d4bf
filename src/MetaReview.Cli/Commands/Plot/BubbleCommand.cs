using System.CommandLine;
using MetaReview.Cli.Commands.Analyze;
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
            analysis.RequireInverseVariance("bubble");
            var (studies, column) = Moderator(context, analysis, name);
            var fit = input.Engine(() => MetaRegressionModel.Fit(
                [.. studies.Select(s => s.Yi)], [.. studies.Select(s => s.Vi)], DesignMatrix.Build(column.Formula, [column.Values]), analysis.Model));
            DiagnosticPlotInput.Notes(context, fit.Warnings);
            context.Error.WriteLine(Summary(fit, column.Name));
            var data = new BubbleInput([.. studies], fit.Coefficients[0].Estimate, fit.Coefficients[1].Estimate, fit.Covariance[0], fit.Covariance[3], fit.Covariance[1])
            {
                Tau2 = fit.Tau2,
                ConfidenceLevel = fit.Level,
                Df = fit.Df,
                Measure = analysis.Result.Measure,
            };
            var labelled = options with { XAxisTitle = options.XAxisTitle ?? column.Name };
            var k = studies.Count;
            return new DiagnosticDrawing(() => BubblePlot.Create(data, labelled), $"bubble plot of {k} {(k == 1 ? "study" : "studies")} on '{column.Name}'");
        }, mods);
    }

    /// <summary>
    /// The studies of the analysis with their moderator values, read as <c>analyze --mods</c> reads them: a study without
    /// a value is left out with a warning (metafor's na.omit); text among numbers is an input error naming the cell, and
    /// so is a column of labels (a factor, which has no line to draw).
    /// </summary>
    private static (List<BubbleStudy> Studies, (string Name, ModeratorFormula Formula, ModeratorColumn Values) Column) Moderator(CliContext context, DiagnosticAnalysis analysis, string name)
    {
        var dataset = analysis.Dataset;
        var header = ColumnLookup.Find(dataset, name, "--mods").Name;
        var formula = ModeratorFormula.Parse($"`{header.Replace('`', '\'')}`");
        var read = ModeratorColumns.Read(dataset, analysis.Result.Effects.InputIndices, formula);
        foreach (var x in read.Excluded)
        {
            context.Error.WriteLine($"warning: {x.Message} for study '{x.Study}'; left out of the meta-regression.");
        }

        var values = read.Columns[0];
        if (values.IsCategorical)
        {
            var levels = values.Labels.Distinct().Take(4).Select(l => $"'{l}'");
            throw new CliInputException(
                $"metareview plot bubble: --mods '{header}' holds labels ({string.Join(", ", levels)}{(values.Labels.Distinct().Count() > 4 ? ", ..." : "")}), not numbers; a bubble plot needs one continuous moderator (for categories, run 'metareview analyze --mods \"factor({header})\"' or 'metareview plot forest --subgroup {header}').");
        }

        var studies = read.Kept.Select((r, j) => new BubbleStudy(analysis.Labels[r], values.Numbers[j], analysis.Yi[r], analysis.Vi[r])).ToList();
        return (studies, (header, formula, values));
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
