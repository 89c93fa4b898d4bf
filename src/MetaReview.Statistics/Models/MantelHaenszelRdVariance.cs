namespace MetaReview.Statistics.Models;

/// <summary>The variance estimator of the Mantel–Haenszel risk difference.</summary>
public enum MantelHaenszelRdVariance
{
    /// <summary>
    /// Sato, Greenland and Robins (1989, Biometrics 45:1323, doi:10.2307/2531784), consistent in sparse data and
    /// large strata: Var = (RD·ΣPᵢ + ΣQᵢ)/W², Pᵢ = (n₁ᵢ²cᵢ − n₂ᵢ²aᵢ + n₁ᵢn₂ᵢ(n₂ᵢ − n₁ᵢ)/2)/Nᵢ²,
    /// Qᵢ = (aᵢ(n₂ᵢ − cᵢ) + cᵢ(n₁ᵢ − aᵢ))/(2Nᵢ), W = Σn₁ᵢn₂ᵢ/Nᵢ. metafor's <c>rma.mh(measure="RD")</c>.
    /// </summary>
    SatoGreenlandRobins,

    /// <summary>
    /// Greenland and Robins (1985, Biometrics 41:55, doi:10.2307/2530643), consistent in large strata:
    /// Var = Σ(aᵢbᵢn₂ᵢ³ + cᵢdᵢn₁ᵢ³)/(n₁ᵢn₂ᵢNᵢ²) / W². RevMan 5 and Stata's <c>metan</c>.
    /// </summary>
    GreenlandRobins,
}
