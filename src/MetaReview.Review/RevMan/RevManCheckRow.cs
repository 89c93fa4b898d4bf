using System.Collections.Immutable;

namespace MetaReview.Review.RevMan;

/// <summary>
/// The check of one outcome, or one subgroup of an outcome: RevMan's stored results and MetaReview's re-analysis
/// side by side, every value compared, and the verdict.
/// </summary>
public sealed record RevManCheckRow
{
    /// <summary>The comparison number.</summary>
    public required int ComparisonNumber { get; init; }

    /// <summary>The outcome number.</summary>
    public required int OutcomeNumber { get; init; }

    /// <summary>The subgroup number, or null for the outcome's overall result.</summary>
    public int? SubgroupNumber { get; init; }

    /// <summary>"1.1 Outcome name" or "1.1.2 Subgroup name".</summary>
    public required string Label { get; init; }

    /// <summary>The analysis as RevMan names it, e.g. "Odds Ratio (M-H, Fixed, 95% CI)".</summary>
    public required string Analysis { get; init; }

    /// <summary>The verdict.</summary>
    public required RevManCheckStatus Status { get; init; }

    /// <summary>Why the outcome was skipped or has nothing to compare, or what failed.</summary>
    public string? Reason { get; init; }

    /// <summary>What RevMan stored, or null.</summary>
    public RevManResults? RevMan { get; init; }

    /// <summary>MetaReview's re-analysis on RevMan's scale, or null when skipped.</summary>
    public RevManResults? MetaReview { get; init; }

    /// <summary>Every value compared, pooled results first, then each study's.</summary>
    public ImmutableArray<RevManComparedValue> Values { get; init; } = [];

    /// <summary>The tolerance the values were held to, in words.</summary>
    public required string Tolerance { get; init; }

    /// <summary>MetaReview's notes on the re-analysis (rows left out, zero-cell corrections).</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>The compared value with the largest relative difference, or null when nothing was compared.</summary>
    public RevManComparedValue? Largest => Values.IsDefaultOrEmpty ? null : Values.MaxBy(v => double.IsNaN(v.RelativeDifference) ? double.PositiveInfinity : v.RelativeDifference);

    /// <summary>The values that failed.</summary>
    public IEnumerable<RevManComparedValue> Failures => Values.Where(v => !v.Pass);
}
