using System.Collections.Immutable;

namespace MetaReview.Statistics.Sensitivity;

/// <summary>
/// The model fitted to many subsets of the studies (Olkin, Dahabreh and Trikalinos 2012, doi:10.1002/jrsm.1053),
/// one entry per subset in every array. JSON/CSV <c>gosh</c>: <c>subset</c> (the membership), <c>k</c>,
/// <c>estimate</c>, <c>tau2</c>, <c>i2</c>, <c>q</c>. metafor: <c>gosh(res)$res</c> and <c>$incl</c>.
/// </summary>
public sealed record GoshResult
{
    /// <summary>How the subsets were chosen and the model fitted.</summary>
    public required GoshSummary Summary { get; init; }

    /// <summary>
    /// Membership bits, <see cref="GoshSummary.WordsPerSubset"/> words per subset: subset s includes study i when
    /// bit (i mod 64) of word s·words + i/64 is set.
    /// </summary>
    public required ImmutableArray<ulong> Membership { get; init; }

    /// <summary>Number of studies in each subset.</summary>
    public required ImmutableArray<int> K { get; init; }

    /// <summary>Pooled estimate of each subset.</summary>
    public required ImmutableArray<double> Estimate { get; init; }

    /// <summary>tau² of each subset.</summary>
    public required ImmutableArray<double> Tau2 { get; init; }

    /// <summary>I² (percent) of each subset.</summary>
    public required ImmutableArray<double> I2 { get; init; }

    /// <summary>Cochran's Q of each subset.</summary>
    public required ImmutableArray<double> Q { get; init; }

    /// <summary>Number of subsets.</summary>
    public int Count => K.Length;

    /// <summary>True when subset <paramref name="subset"/> includes study <paramref name="study"/> (both 0-based).</summary>
    public bool Includes(int subset, int study) =>
        (Membership[subset * Summary.WordsPerSubset + (study >> 6)] & (1UL << (study & 63))) != 0;
}
