namespace MetaReview.Review.RevMan;

/// <summary>
/// The effect measures RevMan names, in its own vocabulary (see <see cref="RevManVocabulary"/> for the words each
/// format uses). Generic inverse variance outcomes may carry any name; those are <see cref="Other"/>.
/// </summary>
public enum RevManEffectMeasure
{
    /// <summary>Odds ratio ("OR", "ODDS_RATIO", "Odds Ratio").</summary>
    OddsRatio,

    /// <summary>Risk ratio ("RR", "RISK_RATIO", "Risk Ratio").</summary>
    RiskRatio,

    /// <summary>Risk difference ("RD", "RISK_DIFFERENCE", "Risk Difference").</summary>
    RiskDifference,

    /// <summary>Peto odds ratio ("PETO_OR", "PETO_ODDS_RATIO", "Peto Odds Ratio").</summary>
    PetoOddsRatio,

    /// <summary>Mean difference ("MD", "MEAN_DIFFERENCE", "Mean Difference").</summary>
    MeanDifference,

    /// <summary>Standardised mean difference ("SMD", "STD_MEAN_DIFFERENCE", "Std. Mean Difference").</summary>
    StandardisedMeanDifference,

    /// <summary>Hazard ratio ("HR", "Hazard Ratio"), for O−E and generic inverse variance data.</summary>
    HazardRatio,

    /// <summary>Any other name (generic inverse variance outcomes); the outcome keeps RevMan's text.</summary>
    Other,
}
