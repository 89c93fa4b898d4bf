using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Sensitivity;

/// <summary>Settings for a GOSH analysis (<see cref="Gosh"/>).</summary>
public sealed record GoshOptions
{
    /// <summary>The number of subsets enumerated by default: all subsets up to k = 20 (2²⁰ − 1).</summary>
    public const long ExhaustiveLimit = (1L << 20) - 1;

    /// <summary>The number of random subsets drawn by default beyond k = 20 (metafor's default).</summary>
    public const long DefaultRandomSubsets = 1_000_000;

    /// <summary>The model fitted to every subset. Default: metafor's REML random-effects model.</summary>
    public ModelOptions Model { get; init; } = ModelOptions.Default;

    /// <summary>
    /// How many subsets to fit. <see langword="null"/> (default): all 2ᵏ − 1 subsets when k ≤ 20, else
    /// <see cref="DefaultRandomSubsets"/> random ones. A number: all subsets when 2ᵏ − 1 does not exceed it
    /// (and k ≤ 62), else that many random subsets. metafor: <c>gosh(res, subsets=)</c>.
    /// </summary>
    public long? Subsets { get; init; }

    /// <summary>
    /// Seed of the random subsets. Each subset is a hash of (seed, subset index), so the sample is the same
    /// whatever the number of threads. Default 1.
    /// </summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Threads to use; <see langword="null"/> for all processors.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
