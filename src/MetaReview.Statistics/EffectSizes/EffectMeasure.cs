namespace MetaReview.Statistics.EffectSizes;

/// <summary>
/// The effect measures MetaReview computes, named as reviewers (Cochrane Handbook, RevMan, metafor's
/// <c>escalc</c>) name them. Ratio measures are analysed on the log scale.
/// </summary>
public enum EffectMeasure
{
    /// <summary>Mean difference (continuous, two arms).</summary>
    MD,

    /// <summary>Standardised mean difference, Hedges' g by default (continuous, two arms).</summary>
    SMD,

    /// <summary>Log ratio of means (continuous, two arms).</summary>
    ROM,

    /// <summary>Log risk ratio (binary, two arms).</summary>
    RR,

    /// <summary>Log odds ratio (binary, two arms).</summary>
    OR,

    /// <summary>Risk difference (binary, two arms).</summary>
    RD,

    /// <summary>Log odds ratio by Peto's one-step method, (O − E)/V (binary, two arms).</summary>
    PETO,

    /// <summary>Log incidence rate ratio (events and person-time, two arms).</summary>
    IRR,

    /// <summary>Raw correlation coefficient.</summary>
    COR,

    /// <summary>Fisher's r-to-z transformed correlation.</summary>
    ZCOR,

    /// <summary>Raw proportion (single arm).</summary>
    PR,

    /// <summary>Logit-transformed proportion (single arm).</summary>
    PLO,

    /// <summary>Arcsine square-root transformed proportion (single arm).</summary>
    PAS,

    /// <summary>Freeman–Tukey double arcsine transformed proportion (single arm).</summary>
    PFT,

    /// <summary>Generic inverse variance: estimates with their variances given directly.</summary>
    GEN,
}
