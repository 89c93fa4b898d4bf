namespace MetaReview.Statistics.MetaRegression;

/// <summary>Settings of the permutation test of a meta-regression. Defaults follow metafor's <c>permutest()</c>.</summary>
public sealed record PermutationOptions
{
    /// <summary>The most distinct permutations an exact test will enumerate (each refits the model and keeps 8 bytes of QM).</summary>
    public const long MaxExactPermutations = 10_000_000;

    /// <summary>
    /// Number of random permutations, counting the observed data as the first (metafor <c>iter</c>, default 1000).
    /// When the design has no more distinct row permutations than this, the test is exact instead (metafor's rule).
    /// </summary>
    public int Iterations { get; init; } = 1000;

    /// <summary>
    /// Force the exact test, enumerating every distinct permutation of the design's rows however many there are, up to
    /// <see cref="MaxExactPermutations"/> (metafor <c>exact=TRUE</c>). Default false: exact only when the number of
    /// distinct permutations is at most <see cref="Iterations"/>.
    /// </summary>
    public bool Exact { get; init; }

    /// <summary>Seed of the random permutations; <see langword="null"/> draws one (reported in the result).</summary>
    public int? Seed { get; init; }

    /// <summary>Most threads to use; <see langword="null"/> for all cores.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>
    /// Tolerance for "as or more extreme" comparisons (metafor's <c>comptol</c>, √ε ≈ 1.49e-8): a permuted statistic
    /// counts when it is ≥ the observed one minus this.
    /// </summary>
    public double ComparisonTolerance { get; init; } = 1.4901161193847656e-08;

    /// <summary>metafor's defaults: 1000 iterations, exact when that is no more work.</summary>
    public static PermutationOptions Default { get; } = new();
}
