using System.CommandLine;
using System.Globalization;
using MetaReview.Reporting.Plots.Diagnostics;
using MetaReview.Reporting.Results;
using MetaReview.Statistics.Sensitivity;

namespace MetaReview.Cli.Commands.Plot;

/// <summary>
/// <c>metareview plot gosh DATA.csv [analysis options] [--subsets N --seed S] [--csv FILE] -o FILE</c>: the GOSH plot
/// (Olkin, Dahabreh and Trikalinos 2012), I² against the pooled estimate of the analysis's model fitted to every
/// subset of the studies (all up to k = 20, a seeded random sample beyond), streamed from the engine's
/// <see cref="Gosh"/> (and into the CSV file, in the format of <c>analyze --gosh</c>); a progress bar on standard
/// error when it is a terminal. metafor: <c>plot(gosh(res, subsets = N))</c>.
/// </summary>
internal static class GoshCommand
{
    /// <summary>The most subsets the command draws (the plot keeps two numbers, 16 bytes, per subset in memory).</summary>
    private const long MaxSubsets = 10_000_000;

    public static Command Create(CliContext context)
    {
        var input = new DiagnosticPlotInput("gosh", labelsByDefault: null);
        var subsets = new Option<long?>("--subsets")
        {
            Description = "How many subsets to fit: all 2^k − 1 when that is not more, else this many random ones (default: all up to k = 20, else 1,000,000 random ones)",
        };
        var seed = new Option<ulong?>("--seed") { Description = "Seed of the random subsets (default 1); the same seed gives the same subsets" };
        var csv = new Option<string?>("--csv") { Description = "Also write every subset to this CSV file, as 'analyze --gosh' does: subset (one 0/1 per study), k, estimate, tau2, i2, q" };
        return input.Command(context, "GOSH plot: I² against the pooled estimate of every subset of the studies (a random sample of subsets beyond 20 studies).", (parsed, analysis, options) =>
        {
            var count = parsed.GetValue(subsets);
            if (count is { } n && n is < 1 or > MaxSubsets)
            {
                throw new CliInputException(string.Create(CultureInfo.InvariantCulture, $"metareview plot gosh: --subsets must be between 1 and {MaxSubsets:N0}, got {n}."));
            }

            var csvPath = parsed.GetValue(csv);
            var toStandardOutput = parsed.GetValue(input.Output.Output) == "-";
            if (csvPath == "-" && toStandardOutput)
            {
                throw new CliInputException("metareview plot gosh: -o - and --csv - would both write to standard output; give one of them a file.");
            }

            analysis.RequireInverseVariance("gosh");
            var goshOptions = new GoshOptions { Model = analysis.Model, Subsets = count, Seed = parsed.GetValue(seed) ?? 1 };
            var (summary, points) = csvPath is null ? Fit(context, input, analysis, goshOptions, null) : FitAndWrite(context, input, analysis, goshOptions, csvPath);
            DiagnosticPlotInput.Notes(context, summary.Warnings);
            if (summary.Exhaustive && parsed.GetValue(seed) is not null)
            {
                context.Error.WriteLine("note: --seed is not used: every subset was fitted.");
            }

            var fitted = string.Create(CultureInfo.InvariantCulture, $"{summary.SubsetCount:N0} {(summary.SubsetCount == 1 ? "subset" : "subsets")}");
            if (csvPath is not null && csvPath != "-" && !toStandardOutput)
            {
                context.Out.WriteLine($"{csvPath}: {fitted} (subset, k, estimate, tau2, i2, q)");
            }

            return new DiagnosticDrawing(() => GoshPlot.Create(points, options), $"GOSH plot of {fitted} of {analysis.Studies}");
        }, subsets, seed, csv);
    }

    /// <summary>Fits the subsets with the CSV file open, the subsets streaming into it block by block.</summary>
    private static (GoshSummary Summary, GoshPoints Points) FitAndWrite(CliContext context, DiagnosticPlotInput input, DiagnosticAnalysis analysis, GoshOptions options, string path)
    {
        (GoshSummary, GoshPoints) result = default;
        OutputTarget.WriteText(context, path, writer =>
        {
            writer.WriteLine(GoshCsvWriter.Header);
            result = Fit(context, input, analysis, options, writer);
        });
        return result;
    }

    /// <summary>Fits every subset, keeping each one's estimate and I² for the plot and writing its row to <paramref name="csv"/> when given.</summary>
    private static (GoshSummary Summary, GoshPoints Points) Fit(CliContext context, DiagnosticPlotInput input, DiagnosticAnalysis analysis, GoshOptions options, TextWriter? csv)
    {
        var estimates = new List<double>();
        var i2 = new List<double>();
        var summary = input.Engine(() => ProgressDisplay.Run(context, "Fitting GOSH subsets", progress => Gosh.Stream(analysis.Yi, analysis.Vi, options, block =>
        {
            estimates.AddRange(block.Estimate);
            i2.AddRange(block.I2);
            if (csv is not null)
            {
                GoshCsvWriter.WriteBlock(csv, block, analysis.K);
            }
        }, progress)));
        return (summary, new GoshPoints([.. estimates], [.. i2]) { Measure = analysis.Result.Measure });
    }
}
