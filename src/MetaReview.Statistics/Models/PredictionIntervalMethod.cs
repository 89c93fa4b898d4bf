namespace MetaReview.Statistics.Models;

/// <summary>Which prediction interval for a new study's true effect is reported with a random-effects model.</summary>
public enum PredictionIntervalMethod
{
    /// <summary>
    /// µ̂ ± c·√(SE² + tau²) with c the z quantile (Wald test) or the t(k − 1) quantile (HKSJ), as
    /// metafor's <c>predict()</c>.
    /// </summary>
    Standard,

    /// <summary>µ̂ ± t(k − 2)·√(SE² + tau²) (Higgins, Thompson and Spiegelhalter 2009; Riley et al. 2011).</summary>
    HigginsRiley,
}
