using System.Collections.Immutable;
using MetaReview.Reporting.Results;
using MetaReview.Review.Input;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.MetaRegression;
using MetaReview.Statistics.Models;
using MetaReview.Statistics.Subgroups;

namespace MetaReview.Cli.Commands.Analyze;

/// <summary>
/// Runs what <c>--subgroup</c> and <c>--mods</c> ask for on the analysed data: the subgroup analysis with the main
/// analysis's settings (<see cref="SubgroupMetaAnalysis"/>), and the meta-regression on the study effect sizes with
/// its coefficient tests, predictions and permutation test. Studies left out (no subgroup, a missing moderator) are
/// reported on standard error with their place in the file and kept in the output.
/// </summary>
internal static class ModeratorAnalyses
{
    public static AnalysisOutput Run(CliContext context, AnalysisDataset dataset, AnalysisResult result, ModeratorRequest request)
    {
        var output = new AnalysisOutput(result);
        if (request.Subgroup is { } subgroup)
        {
            output = output with { Subgroups = Subgroups(context, dataset, result.Options, subgroup, request.SubgroupTau2) };
        }

        if (request.Formula is { } formula)
        {
            output = output with { MetaRegression = MetaRegression(context, dataset, result, formula, request) };
        }

        return output;
    }

    private static SubgroupOutput Subgroups(CliContext context, AnalysisDataset dataset, AnalysisOptions options, string name, SubgroupTau2 tau2)
    {
        var column = ColumnLookup.Find(dataset, name, "--subgroup");
        if (tau2 == SubgroupTau2.Common && options.Method != PoolingMethod.IV)
        {
            throw new CliInputException(
                $"metareview: --subgroup-tau2 common needs inverse-variance pooling (a common tau² comes from the mixed-effects model); this analysis pools with {options.Method}: add --method IV, or leave out --subgroup-tau2.");
        }

        SubgroupMetaAnalysisResult subgroups;
        try
        {
            subgroups = SubgroupMetaAnalysis.Run(dataset.Studies, column.Values, options, new SubgroupOptions { Tau2 = tau2 });
        }
        catch (Exception e) when (e is AnalysisException or ArgumentException)
        {
            throw new CliInputException($"metareview: --subgroup {column.Name}: {EngineMessage.Of(e)}", e);
        }

        var excluded = subgroups.Unlabelled
            .Select(i => new StudyNote(dataset.Studies[i].Study, $"{dataset.LocationOf(i)}: no value in column '{column.Name}'"))
            .ToImmutableArray();
        foreach (var x in excluded)
        {
            context.Error.WriteLine($"warning: {x.Message} for study '{x.Study}'; left out of the subgroup analysis.");
        }

        return new SubgroupOutput(column.Name, subgroups, excluded);
    }

    private static MetaRegressionOutput MetaRegression(CliContext context, AnalysisDataset dataset, AnalysisResult result, string text, ModeratorRequest request)
    {
        var options = result.Options;
        if (options.Method != PoolingMethod.IV)
        {
            throw new CliInputException(
                $"metareview: --mods fits an inverse-variance meta-regression; this analysis pools with {options.Method} (preset {options.Preset}): add --method IV.");
        }

        ModeratorFormula formula;
        try
        {
            formula = ModeratorFormula.Parse(text);
        }
        catch (FormatException e)
        {
            throw new CliInputException($"metareview: --mods: {e.Message}", e);
        }

        var effects = result.Effects;
        var columns = ModeratorColumns.Read(dataset, effects.InputIndices, formula);
        foreach (var x in columns.Excluded)
        {
            context.Error.WriteLine($"warning: {x.Message} for study '{x.Study}'; left out of the meta-regression.");
        }

        var yi = columns.Kept.Select(r => effects.Yi[r]).ToArray();
        var vi = columns.Kept.Select(r => effects.Vi[r]).ToArray();
        try
        {
            var design = DesignMatrix.Build(formula, columns.Columns);
            var model = MetaRegressionModel.Fit(yi, vi, design, options.Model);
            var tests = request.Btt.Select(spec => CoefficientSelection.Test(model, spec)).ToImmutableArray();
            var predictions = request.Predict.Select(spec => PredictionValues.Predict(model, spec)).ToImmutableArray();
            PermutationTestResult? permutation = null;
            if (request.Permutations is { } iterations)
            {
                var settings = new PermutationOptions { Iterations = iterations, Seed = request.Seed };
                permutation = ProgressDisplay.Run(context, "Permutation test", progress => PermutationTest.Run(yi, vi, design, options.Model, settings, progress));
            }

            return new MetaRegressionOutput(model, options.Measure)
            {
                Excluded = columns.Excluded,
                Tests = tests,
                Predictions = predictions,
                Permutation = permutation,
            };
        }
        catch (ArgumentException e)
        {
            throw new CliInputException($"metareview: --mods \"{text}\": {EngineMessage.Of(e)}", e);
        }
    }
}
