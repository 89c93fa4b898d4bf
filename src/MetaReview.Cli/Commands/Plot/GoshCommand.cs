using System.CommandLine;
using System.Globalization;
using MetaReview.Reporting.Plots.Diagnostics;
using MetaReview.Statistics.Sensitivity;

namespace MetaReview.Cli.Commands.Plot;

/// <summary>
/// <c>metareview plot gosh DATA.csv [analysis options] [--subsets N --seed S] [--csv FILE] -o FILE</c>: the GOSH plot
/// (Olkin, Dahabreh and Trikalinos 2012), I² against the pooled estimate of the analysis's model fitted to every
/// subset of the studies (all up to k = 20, a seeded random sample beyond), from the engine's <see cref="Gosh"/>; a
/// progress bar on standard error when it is a terminal. metafor: <c>plot(gosh(res, subsets = N))</c>.
/// </summary>
internal static class GoshCommand
{
    /// <summary>The most subsets the command holds in memory (about 44 bytes each for k ≤ 64).</summary>
    private const long MaxSubsets = 10_000_000;

    public static Command Create(CliContext context)
    {
        var input = new DiagnosticPlotInput("gosh", labelsByDefault: null);
        var subsets = new Option<long?>("--subsets")
        {
            Description = "How many subsets to fit: all 2^k − 1 when that is not more, else this many random ones (default: all up to k = 20, else 1,000,000 random ones)",
        };
        var seed = new Option<ulong?>("--seed") { Description = "Seed of the random subsets (default 1); the same seed gives the same subsets" };
        var csv = new Option<string?>("--csv") { Description = "Also write every subset to this CSV file: subset (the studies' numbers in the data file), k, estimate, tau2, i2, q" };
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

            analysis.NoteInverseVariance(context, "GOSH plot");
            var goshOptions = new GoshOptions { Model = analysis.Model, Subsets = count, Seed = parsed.GetValue(seed) ?? 1 };
            var gosh = input.Engine(() => ProgressDisplay.Run(context, "Fitting GOSH subsets", progress => Gosh.Fit(analysis.Yi, analysis.Vi, goshOptions, progress)));
            DiagnosticPlotInput.Notes(context, gosh.Summary.Warnings);
            if (gosh.Summary.Exhaustive && parsed.GetValue(seed) is not null)
            {
                context.Error.WriteLine("note: --seed is not used: every subset was fitted.");
            }

            var points = new GoshPoints(gosh.Estimate, gosh.I2) { Measure = analysis.Result.Measure };
            var fitted = string.Create(CultureInfo.InvariantCulture, $"{gosh.Count:N0} {(gosh.Count == 1 ? "subset" : "subsets")}");
            return new DiagnosticDrawing(() => GoshPlot.Create(points, options), $"GOSH plot of {fitted} of {analysis.Studies}")
            {
                Then = csvPath is null ? null : () =>
                {
                    var numbers = analysis.Result.Effects.InputIndices.Select(i => i + 1).ToList();
                    OutputTarget.WriteText(context, csvPath, w => GoshCsvWriter.Write(w, gosh, numbers));
                    if (csvPath != "-" && !toStandardOutput)
                    {
                        context.Out.WriteLine($"{csvPath}: {fitted} (subset, k, estimate, tau2, i2, q)");
                    }
                },
            };
        }, subsets, seed, csv);
    }
}
