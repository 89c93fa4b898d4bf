namespace MetaReview.Statistics.EffectSizes;

/// <summary>How the standardised mean difference and its variance are computed.</summary>
public enum SmdVariant
{
    /// <summary>
    /// Hedges' g with the exact bias correction J(m) = Γ(m/2)/(√(m/2)·Γ((m−1)/2)), m = n₁+n₂−2, and the
    /// large-sample variance 1/n₁ + 1/n₂ + g²/(2(n₁+n₂)) (metafor <c>escalc("SMD")</c>; the default).
    /// </summary>
    HedgesG,

    /// <summary>Cohen's d (no bias correction) with variance 1/n₁ + 1/n₂ + d²/(2(n₁+n₂)).</summary>
    CohensD,

    /// <summary>
    /// RevMan 5's approximate Hedges' g: g = d·(1 − 3/(4N − 9)), variance N/(n₁n₂) + g²/(2(N − 3.94)),
    /// N = n₁+n₂ (RevMan 5 statistical methods, Deeks and Higgins 2010).
    /// </summary>
    HedgesGApproximate,
}
