using System.Collections.Immutable;

namespace MetaReview.Statistics.SmallStudy;

/// <summary>
/// Begg and Mazumdar's rank correlation test (JSON <c>begg</c>: <c>tau</c>, <c>p_value</c>). metafor:
/// <c>ranktest(res)</c>.
/// </summary>
public sealed record RankCorrelationResult
{
    /// <summary>Number of studies.</summary>
    public required int K { get; init; }

    /// <summary>Kendall's tau (tau-b when there are ties) between the standardised effects and the variances.</summary>
    public required double Tau { get; init; }

    /// <summary>Kendall's score S = concordant − discordant pairs.</summary>
    public required double S { get; init; }

    /// <summary>The normal approximation's z = S/√Var(S) (tie-corrected); <see langword="null"/> for the exact test.</summary>
    public double? Statistic { get; init; }

    /// <summary>Two-sided p-value.</summary>
    public required double PValue { get; init; }

    /// <summary>True for the exact permutation p-value, false for the normal approximation.</summary>
    public required bool Exact { get; init; }

    /// <summary>Notes: fewer than 10 studies (Sterne et al. 2011), ties.</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];
}
