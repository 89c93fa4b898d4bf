namespace MetaReview.Review.Project;

/// <summary>
/// The GRADE domains (Guyatt et al. 2011, J Clin Epidemiol 64:383; GRADE handbook §5): five that can lower
/// the certainty of a body of evidence and three that can raise it.
/// </summary>
public enum GradeDomain
{
    /// <summary>Down: limitations in the design or conduct of the studies.</summary>
    RiskOfBias,

    /// <summary>Down: unexplained heterogeneity of results.</summary>
    Inconsistency,

    /// <summary>Down: differences between the question and the evidence (population, intervention, comparison, outcome).</summary>
    Indirectness,

    /// <summary>Down: wide confidence intervals, few participants or events.</summary>
    Imprecision,

    /// <summary>Down: publication bias suspected.</summary>
    PublicationBias,

    /// <summary>Up (up to two levels): a large or very large effect.</summary>
    LargeEffect,

    /// <summary>Up (one level): a dose–response gradient.</summary>
    DoseResponse,

    /// <summary>Up (one level): all plausible residual confounding would reduce the effect shown.</summary>
    PlausibleConfounding,
}
