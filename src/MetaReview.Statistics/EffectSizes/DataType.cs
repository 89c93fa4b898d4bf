namespace MetaReview.Statistics.EffectSizes;

/// <summary>The kind of per-study data an effect measure is computed from.</summary>
public enum DataType
{
    /// <summary>Events and totals in two arms (dichotomous outcome).</summary>
    Binary,

    /// <summary>Means, standard deviations and sizes in two arms.</summary>
    Continuous,

    /// <summary>Events and person-time in two arms.</summary>
    Rates,

    /// <summary>A correlation coefficient and its sample size.</summary>
    Correlation,

    /// <summary>Events and total in a single group.</summary>
    Proportion,

    /// <summary>An estimate with its variance, standard error or confidence interval.</summary>
    Generic,
}
