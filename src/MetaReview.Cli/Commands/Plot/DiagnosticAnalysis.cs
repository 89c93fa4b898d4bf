using System.Collections.Immutable;
using System.Runtime.InteropServices;
using MetaReview.Review.Input;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.Models;

namespace MetaReview.Cli.Commands.Plot;

/// <summary>
/// The analysis a diagnostic plot is drawn from: the data file, the analysis, and the studies that entered it as the
/// engine's sensitivity methods take them (labels, yᵢ, vᵢ on the analysis scale, the model settings).
/// </summary>
internal sealed record DiagnosticAnalysis(AnalysisDataset Dataset, AnalysisResult Result)
{
    /// <summary>The labels of the studies in the analysis, in data order.</summary>
    public ImmutableArray<string> Labels => Result.Effects.Studies;

    /// <summary>Number of studies in the analysis.</summary>
    public int K => Result.Effects.K;

    /// <summary>"13 studies", "1 study".</summary>
    public string Studies => K == 1 ? "1 study" : $"{K} studies";

    public double[] Yi => ImmutableCollectionsMarshal.AsArray(Result.Effects.Yi)!;

    public double[] Vi => ImmutableCollectionsMarshal.AsArray(Result.Effects.Vi)!;

    /// <summary>The model the diagnostics refit: the analysis's (fixed or random, tau² estimator, test, level).</summary>
    public ModelOptions Model => Result.Options.Model;

    /// <summary>
    /// An input error for an analysis pooled by Mantel–Haenszel or Peto, as <c>analyze</c> gives for its sensitivity
    /// analyses: the engines refit inverse-variance models, and their results would not be the analysis's.
    /// </summary>
    public void RequireInverseVariance(string verb)
    {
        var options = Result.Options;
        if (options.Method != PoolingMethod.IV)
        {
            throw new CliInputException(
                $"metareview plot {verb}: the plot refits inverse-variance models on the study effect sizes; this analysis pools with {options.Method} (preset {options.Preset}): add --method IV.");
        }
    }

    /// <summary>An input error unless the analysis has at least <paramref name="minimum"/> studies.</summary>
    /// <param name="minimum">The fewest studies the plot can show.</param>
    /// <param name="verb">The verb, e.g. "baujat".</param>
    /// <param name="plot">The plot with its article, e.g. "a Baujat plot".</param>
    public void RequireStudies(int minimum, string verb, string plot)
    {
        if (K < minimum)
        {
            throw new CliInputException(
                $"metareview plot {verb}: {Dataset.Source} has {K} {(K == 1 ? "study" : "studies")} in the analysis; {plot} needs at least {minimum}.");
        }
    }
}
