namespace MetaReview.Statistics.Conversions;

/// <summary>The distribution a reported confidence interval was built on, which sets its multiplier.</summary>
public enum IntervalDistribution
{
    /// <summary>
    /// Student's t: for a mean, t(1 − α/2, n − 1), 2.0739 for a 95% CI with n = 23 (Cochrane Handbook §6.5.2.2,
    /// recommended for small samples; for large n it approaches the normal multiplier).
    /// </summary>
    StudentT,

    /// <summary>The normal distribution: Φ⁻¹(1 − α/2), 1.959964 for a 95% CI (the Handbook's 3.92 = 2 × 1.96).</summary>
    Normal,
}
