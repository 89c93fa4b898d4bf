using System.Collections.Immutable;

namespace MetaReview.Records.Prioritisation;

/// <summary>
/// Simulations of one dataset and model over several seeds, with ASReview's metrics per run (from
/// <see cref="SimulationRun.PaddedLabels"/>) and their mean and standard deviation over runs.
/// </summary>
public sealed record SimulationSummary
{
    /// <summary>The runs, in seed order.</summary>
    public required ImmutableArray<SimulationRun> Runs { get; init; }

    /// <summary>WSS@95 of each run.</summary>
    public required ImmutableArray<double> Wss95 { get; init; }

    /// <summary>RRF@10 (recall after screening 10% of the records) of each run.</summary>
    public required ImmutableArray<double> Rrf10 { get; init; }

    /// <summary>Records screened after the priors until the last relevant one was found, per run.</summary>
    public required ImmutableArray<int> ScreenedToFindAll { get; init; }

    /// <summary>The mean recall after each record screened (index 0: after the first), over the runs' padded labels.</summary>
    public required ImmutableArray<double> MeanRecallCurve { get; init; }

    /// <summary>Records in the dataset.</summary>
    public int Records => Runs.IsEmpty ? 0 : Runs[0].Records;

    /// <summary>Relevant records in the dataset.</summary>
    public int Relevant => Runs.IsEmpty ? 0 : Runs[0].Relevant;

    /// <summary>Summarises runs of the same dataset.</summary>
    /// <exception cref="ArgumentException">There are no runs, or they are of different datasets.</exception>
    public static SimulationSummary Of(IReadOnlyList<SimulationRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0 || runs.Any(r => r.Records != runs[0].Records || r.Relevant != runs[0].Relevant))
        {
            throw new ArgumentException("a summary needs one or more runs of the same dataset", nameof(runs));
        }

        var padded = runs.Select(r => r.PaddedLabels).ToList();
        var curve = new double[runs[0].Records];
        foreach (var labels in padded)
        {
            var recall = ScreeningMetrics.RecallCurve(labels);
            for (var i = 0; i < curve.Length; i++)
            {
                curve[i] += recall[i] / runs.Count;
            }
        }

        return new SimulationSummary
        {
            Runs = [.. runs],
            Wss95 = [.. padded.Select(l => ScreeningMetrics.Wss(l, 0.95))],
            Rrf10 = [.. padded.Select(l => ScreeningMetrics.Recall(l, 0.10))],
            ScreenedToFindAll = [.. padded.Select(l => ScreeningMetrics.ScreenedToFindAll(l))],
            MeanRecallCurve = [.. curve],
        };
    }

    /// <summary>Mean and sample standard deviation (0 for one run).</summary>
    public static (double Mean, double StandardDeviation) MeanAndSd(IReadOnlyCollection<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var mean = values.Average();
        var sd = values.Count < 2 ? 0 : Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
        return (mean, sd);
    }

    /// <summary>The mean recall after screening a fraction of the records (as <see cref="ScreeningMetrics.Recall"/>, averaged).</summary>
    public double MeanRecallAt(double fraction) =>
        Runs.Average(r => ScreeningMetrics.Recall(r.PaddedLabels, fraction));
}
