namespace MetaReview.Review.RevMan;

/// <summary>
/// The pooled results RevMan stored for an outcome or a subgroup, as RevMan shows them: ratio measures on the ratio
/// scale (RevMan's <c>LOG_*</c> attributes, base-10 logarithms, are not used), I² in percent. A value RevMan did not
/// store (an empty attribute or cell) is <see langword="null"/>.
/// </summary>
public sealed record RevManResults
{
    /// <summary>The pooled estimate (RevMan's EFFECT_SIZE, "Effect Estimate", "Mean").</summary>
    public double? Estimate { get; init; }

    /// <summary>Lower confidence bound (CI_START, "CI Start", "CI start").</summary>
    public double? CiLower { get; init; }

    /// <summary>Upper confidence bound (CI_END, "CI End", "CI end").</summary>
    public double? CiUpper { get; init; }

    /// <summary>|z| of the test for overall effect (RevMan stores the absolute value).</summary>
    public double? Z { get; init; }

    /// <summary>Two-sided p-value of <see cref="Z"/>.</summary>
    public double? PValue { get; init; }

    /// <summary>The heterogeneity test: Chi² (MetaReview's Q), df, p and I².</summary>
    public RevManHeterogeneity? Heterogeneity { get; init; }

    /// <summary>Between-study variance (DerSimonian–Laird; 0 or absent for fixed-effect analyses).</summary>
    public double? Tau2 { get; init; }

    /// <summary>Total weight in percent (100 for an outcome, the subgroup's share for a subgroup).</summary>
    public double? Weight { get; init; }

    /// <summary>Number of studies RevMan counted.</summary>
    public int? Studies { get; init; }

    /// <summary>Total events, experimental arm (dichotomous data).</summary>
    public double? EventsE { get; init; }

    /// <summary>Total participants, experimental arm.</summary>
    public double? NE { get; init; }

    /// <summary>Total events, control arm.</summary>
    public double? EventsC { get; init; }

    /// <summary>Total participants, control arm.</summary>
    public double? NC { get; init; }

    /// <summary>True when RevMan stored at least the estimate or the heterogeneity test.</summary>
    public bool HasValues => Estimate is not null || CiLower is not null || Heterogeneity?.Chi2 is not null;
}
