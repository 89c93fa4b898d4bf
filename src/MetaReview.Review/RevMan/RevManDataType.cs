namespace MetaReview.Review.RevMan;

/// <summary>RevMan's outcome data types.</summary>
public enum RevManDataType
{
    /// <summary>Events and totals per arm (rm5 <c>DICH_OUTCOME</c>, CSV "DIC", data package "Dichotomous").</summary>
    Dichotomous,

    /// <summary>Mean, SD and total per arm (rm5 <c>CONT_OUTCOME</c>, CSV "CON", data package "Continuous").</summary>
    Continuous,

    /// <summary>
    /// Observed minus expected events and their variance per study (rm5 <c>IPD_OUTCOME</c>, data package
    /// "O-E and variance"), pooled by Peto's method on the log scale.
    /// </summary>
    OMinusEAndVariance,

    /// <summary>An estimate with its standard error per study (rm5 <c>IV_OUTCOME</c>, data package "Contrast level").</summary>
    GenericInverseVariance,
}
