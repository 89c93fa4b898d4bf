using System.Collections.Immutable;

namespace MetaReview.Statistics.SmallStudy;

/// <summary>
/// Fail-safe numbers (JSON <c>fsn</c>: <c>rosenthal</c>, <c>orwin</c>, <c>rosenberg</c>): how many studies
/// averaging a null result would overturn the conclusion, each rounded up to a whole study (0 when the
/// observed result is already not significant or below the target). metafor: <c>fsn()</c>.
/// </summary>
public sealed record FailSafeNResult
{
    /// <summary>Number of studies.</summary>
    public required int K { get; init; }

    /// <summary>Rosenthal's fail-safe N (Stouffer's combined z brought down to z₁₋α, one-sided).</summary>
    public required long Rosenthal { get; init; }

    /// <summary>One-sided p-value of Stouffer's combined z, Σzᵢ/√k.</summary>
    public required double RosenthalP { get; init; }

    /// <summary>Orwin's fail-safe N.</summary>
    public required long Orwin { get; init; }

    /// <summary>The average effect Orwin's method starts from (plain or weighted).</summary>
    public required double OrwinMean { get; init; }

    /// <summary>The target average effect (after any sign flip).</summary>
    public required double OrwinTarget { get; init; }

    /// <summary>Rosenberg's weighted fail-safe N.</summary>
    public required long Rosenberg { get; init; }

    /// <summary>Two-sided p-value of the fixed-effect z test that Rosenberg's method brings to alpha.</summary>
    public required double RosenbergP { get; init; }

    /// <summary>The fixed-effect estimate.</summary>
    public required double RosenbergMean { get; init; }

    /// <summary>The alpha used by Rosenthal's and Rosenberg's methods.</summary>
    public required double Alpha { get; init; }

    /// <summary>Notes: fewer than 10 studies, a flipped target, results already not significant.</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];
}
