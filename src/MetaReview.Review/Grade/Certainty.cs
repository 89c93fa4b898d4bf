namespace MetaReview.Review.Grade;

/// <summary>GRADE certainty of evidence (Balshem et al. 2011, doi:10.1016/j.jclinepi.2010.07.015).</summary>
public enum Certainty
{
    /// <summary>Very low: the true effect is likely to be substantially different from the estimate.</summary>
    VeryLow = 1,

    /// <summary>Low: the true effect may be substantially different from the estimate.</summary>
    Low = 2,

    /// <summary>Moderate: the true effect is likely to be close to the estimate, but may be substantially different.</summary>
    Moderate = 3,

    /// <summary>High: the true effect lies close to the estimate.</summary>
    High = 4,
}
