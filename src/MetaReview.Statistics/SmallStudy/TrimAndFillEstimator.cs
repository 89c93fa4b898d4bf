namespace MetaReview.Statistics.SmallStudy;

/// <summary>
/// Estimators of the number of missing studies (Duval and Tweedie 2000a, doi:10.1111/j.0006-341x.2000.00455.x;
/// 2000b, doi:10.1080/01621459.2000.10473905). With n studies centred on the trimmed estimate, ranks of |yᵢ − µ̂| and
/// Tₙ the sum of the ranks on the side opposite the missing studies. metafor <c>trimfill(estimator=)</c>.
/// </summary>
public enum TrimAndFillEstimator
{
    /// <summary>L₀ = (4Tₙ − n(n + 1))/(2n − 1). The default.</summary>
    L0,

    /// <summary>R₀ = γ* − 1, γ* the length of the run of the largest ranks all on that side; gives a test of k₀ = 0.</summary>
    R0,

    /// <summary>Q₀ = n − ½ − √(2n² − 4Tₙ + ¼); undefined when 2n² − 4Tₙ + ¼ &lt; 0.</summary>
    Q0,
}
