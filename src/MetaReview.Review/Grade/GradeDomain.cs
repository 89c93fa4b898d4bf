namespace MetaReview.Review.Grade;

/// <summary>The GRADE domains: five for rating down, three for rating up (observational evidence).</summary>
public enum GradeDomain
{
    /// <summary>Risk of bias (study limitations).</summary>
    RiskOfBias,

    /// <summary>Inconsistency (unexplained heterogeneity).</summary>
    Inconsistency,

    /// <summary>Indirectness (population, intervention, comparator, outcome differ from the question).</summary>
    Indirectness,

    /// <summary>Imprecision (wide confidence interval, small information size).</summary>
    Imprecision,

    /// <summary>Publication bias (small-study effects).</summary>
    PublicationBias,

    /// <summary>Large magnitude of effect (rating up).</summary>
    LargeEffect,

    /// <summary>Dose–response gradient (rating up).</summary>
    DoseResponse,

    /// <summary>All plausible confounding would reduce the effect (rating up).</summary>
    PlausibleConfounding,
}
