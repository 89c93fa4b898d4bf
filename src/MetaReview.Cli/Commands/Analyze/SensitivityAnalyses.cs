using System.Collections.Immutable;
using System.Globalization;
using MetaReview.Reporting.Results;
using MetaReview.Review.Input;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.Models;
using MetaReview.Statistics.Sensitivity;

namespace MetaReview.Cli.Commands.Analyze;

/// <summary>
/// Runs the sensitivity analyses of <c>--leave-one-out</c>, <c>--cumulative</c>, <c>--influence</c>, <c>--baujat</c>,
/// <c>--gosh</c> and <c>--restrict</c> on the analysed effect sizes, with the analysis's model settings. The engines are
/// inverse-variance models: an analysis pooled with MH or Peto is refused (exit code 2) with the suggestion to add
/// <c>--method IV</c>, rather than mixing MH pooled results with IV sensitivity results.
/// </summary>
internal static class SensitivityAnalyses
{
    public static SensitivityOutput Run(CliContext context, AnalysisDataset dataset, AnalysisResult result, SensitivityRequest request, int? seed)
    {
        var effects = result.Effects;
        var yi = effects.Yi.ToArray();
        var vi = effects.Vi.ToArray();
        var model = result.Options.Model;
        var output = new SensitivityOutput(effects.Studies);
        try
        {
            if (request.LeaveOneOut)
            {
                output = output with { LeaveOneOut = LeaveOneOut.Fit(yi, vi, model) };
            }

            if (request.Cumulative)
            {
                output = request.CumulativeColumn is { } name
                    ? output with { Cumulative = CumulativeMetaAnalysis.FitOrderedBy(yi, vi, OrderKeys(dataset, effects.InputIndices, name, out var column), model), CumulativeOrder = column }
                    : output with { Cumulative = CumulativeMetaAnalysis.Fit(yi, vi, model) };
            }

            if (request.Influence)
            {
                output = output with { Influence = Statistics.Sensitivity.Influence.Compute(yi, vi, model) };
            }

            if (request.Baujat)
            {
                output = output with { Baujat = Statistics.Sensitivity.Baujat.Compute(yi, vi, model) };
            }

            if (request.Restrict is { } restrict)
            {
                output = output with { Restricted = Restricted(dataset, effects.InputIndices, yi, vi, model, restrict.Column, restrict.Value) };
            }

            if (request.GoshFile is { } file)
            {
                output = output with { Gosh = Gosh(context, file, yi, vi, model, request.GoshSubsets, seed) };
            }
        }
        catch (ArgumentException e)
        {
            throw new CliInputException($"metareview: {string.Join(", ", request.Options())}: {EngineMessage.Of(e)}", e);
        }

        return output;
    }

    /// <summary>Refuses an MH or Peto analysis: the sensitivity and small-study engines are inverse-variance.</summary>
    public static void RequireInverseVariance(AnalysisOptions options, SensitivityRequest request)
    {
        if (options.Method != PoolingMethod.IV)
        {
            throw new CliInputException(
                $"metareview: {string.Join(", ", request.Options())} refit inverse-variance models on the study effect sizes; this analysis pools with {options.Method} (preset {options.Preset}): add --method IV.");
        }
    }

    /// <summary>The numeric sort keys of the cumulative order for the analysed studies; an empty or non-numeric cell is an input error.</summary>
    private static double[] OrderKeys(AnalysisDataset dataset, ImmutableArray<int> rows, string name, out string columnName)
    {
        var column = ColumnLookup.Find(dataset, name, "--cumulative");
        columnName = column.Name;
        var keys = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var text = column.Values[rows[i]];
            if (text is null || !double.TryParse(text.Replace('\u2212', '-'), NumberStyles.Float, CultureInfo.InvariantCulture, out keys[i]) || !double.IsFinite(keys[i]))
            {
                throw new CliInputException(
                    $"{dataset.LocationOf(rows[i])}: --cumulative {column.Name}: study '{dataset.Studies[rows[i]].Study}' needs a number to be ordered by, got {(text is null ? "an empty cell" : $"'{text}'")}.");
            }
        }

        return keys;
    }

    private static RestrictedOutput Restricted(AnalysisDataset dataset, ImmutableArray<int> rows, double[] yi, double[] vi, ModelOptions model, string name, string value)
    {
        var column = ColumnLookup.Find(dataset, name, "--restrict");
        var include = rows.Select(r => column.Values[r] is { } v && string.Equals(v.Trim(), value, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (!include.Any(x => x))
        {
            var values = rows.Select(r => column.Values[r]).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal);
            throw new CliInputException(
                $"metareview: --restrict {column.Name}={value}: no analysed study has {column.Name} = '{value}'; its values are: {string.Join(", ", values)}.");
        }

        var written = rows.Select(r => column.Values[r]).First(v => v is not null && string.Equals(v.Trim(), value, StringComparison.OrdinalIgnoreCase))!.Trim();
        return new RestrictedOutput(column.Name, written, SubsetSensitivity.Fit(yi, vi, include, model));
    }

    private static GoshOutput Gosh(CliContext context, string file, double[] yi, double[] vi, ModelOptions model, long? subsets, int? seed)
    {
        if (seed is < 0)
        {
            throw new CliInputException($"metareview: option --seed for --gosh must be a whole number of at least 0, got {seed}.");
        }

        var options = new GoshOptions { Model = model, Subsets = subsets, Seed = seed is { } s ? (ulong)s : 1UL };
        if (file == "-")
        {
            throw new CliInputException("metareview: option --gosh needs a file name: the subsets cannot share standard output with the analysis.");
        }

        var k = yi.Length;
        GoshSummary? summary = null;
        OutputTarget.WriteText(context, file, writer =>
        {
            writer.WriteLine(GoshCsvWriter.Header);
            summary = ProgressDisplay.Run(context, "GOSH", progress =>
                Statistics.Sensitivity.Gosh.Stream(yi, vi, options, block => GoshCsvWriter.WriteBlock(writer, block, k), progress));
        });
        return new GoshOutput(file, summary!);
    }
}
