using System.Collections.Immutable;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Sensitivity;

/// <summary>What a GOSH run covered: the subsets, how they were chosen, and the model.</summary>
public sealed record GoshSummary
{
    /// <summary>Number of studies in the meta-analysis.</summary>
    public required int StudyCount { get; init; }

    /// <summary>Number of subsets fitted.</summary>
    public required long SubsetCount { get; init; }

    /// <summary>True when every non-empty subset was fitted (in binary-reflected Gray-code order).</summary>
    public required bool Exhaustive { get; init; }

    /// <summary>The seed of the random subsets (unused when <see cref="Exhaustive"/>).</summary>
    public required ulong Seed { get; init; }

    /// <summary>Number of 64-bit words describing one subset's membership: ⌈k/64⌉.</summary>
    public required int WordsPerSubset { get; init; }

    /// <summary>The model fitted to every subset.</summary>
    public required ModelOptions Options { get; init; }

    /// <summary>Notes: random sampling instead of enumeration, fits that did not converge.</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];
}
