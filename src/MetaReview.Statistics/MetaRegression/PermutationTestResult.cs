using System.Collections.Immutable;

namespace MetaReview.Statistics.MetaRegression;

/// <summary>
/// The permutation test of a meta-regression (Higgins and Thompson 2004, doi:10.1002/sim.1752; Viechtbauer et al.
/// 2015, doi:10.1037/met0000023): the rows of the design are permuted, the model refitted (tau² re-estimated) and the
/// observed statistics located in the permutation distribution. metafor: <c>permutest(res)</c>.
/// </summary>
public sealed record PermutationTestResult
{
    /// <summary>True when every distinct permutation was enumerated (exact p-values).</summary>
    public required bool Exact { get; init; }

    /// <summary>Number of permutations the p-values are based on (the observed data included).</summary>
    public required int Permutations { get; init; }

    /// <summary>
    /// Number of distinct permutations of the design's rows, k!/∏ mⱼ! for rows repeated mⱼ times (metafor
    /// <c>exact.iter</c>); may exceed the range of a long, hence a double.
    /// </summary>
    public required double DistinctPermutations { get; init; }

    /// <summary>The seed of the random permutations (<see langword="null"/> for an exact test).</summary>
    public int? Seed { get; init; }

    /// <summary>The observed omnibus statistic (QM, or F under HKSJ).</summary>
    public required double Qm { get; init; }

    /// <summary>Permutation p-value of <see cref="Qm"/>: share of permutations with QM ≥ the observed (metafor <c>QMp</c>).</summary>
    public required double QmP { get; init; }

    /// <summary>Per coefficient: observed statistic and permutation p-value.</summary>
    public required ImmutableArray<PermutedCoefficient> Coefficients { get; init; }

    /// <summary>QM under each permutation (the observed data first for random permutations).</summary>
    public required ImmutableArray<double> QmDistribution { get; init; }
}
