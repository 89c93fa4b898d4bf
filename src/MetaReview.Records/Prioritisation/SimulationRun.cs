using System.Collections.Immutable;

namespace MetaReview.Records.Prioritisation;

/// <summary>
/// One simulated screening: the prior records, then the records in the order the model put them forward,
/// each with its true label.
/// </summary>
public sealed record SimulationRun
{
    /// <summary>The seed that chose the priors.</summary>
    public required int Seed { get; init; }

    /// <summary>Records in the dataset.</summary>
    public required int Records { get; init; }

    /// <summary>Relevant records in the dataset (priors included).</summary>
    public required int Relevant { get; init; }

    /// <summary>The prior records (rows), inclusions first.</summary>
    public required ImmutableArray<int> Priors { get; init; }

    /// <summary>The records screened after the priors, in order (rows).</summary>
    public required ImmutableArray<int> Order { get; init; }

    /// <summary>The true label of each record in <see cref="Order"/>.</summary>
    public required ImmutableArray<bool> Labels { get; init; }

    /// <summary>Time spent retraining, per query (milliseconds).</summary>
    public required ImmutableArray<double> TrainingMilliseconds { get; init; }

    /// <summary>
    /// The labels in screening order without the priors, padded with "irrelevant" to the dataset's size: the
    /// sequence ASReview Insights computes its metrics from (<c>pad_simulation_labels(priors=False)</c>).
    /// </summary>
    public ImmutableArray<bool> PaddedLabels => [.. Labels, .. Enumerable.Repeat(false, Records - Labels.Length)];
}
