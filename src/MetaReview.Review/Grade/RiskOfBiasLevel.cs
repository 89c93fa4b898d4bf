namespace MetaReview.Review.Grade;

/// <summary>
/// A study's overall risk of bias for a result, on RoB 2's scale. Other tools map onto it: RoB 1 low/unclear/high
/// → low/some concerns/high; ROBINS-I low/moderate/serious/critical → low/some concerns/high/high.
/// </summary>
public enum RiskOfBiasLevel
{
    /// <summary>No judgement recorded.</summary>
    NotAssessed,

    /// <summary>Low risk of bias.</summary>
    Low,

    /// <summary>Some concerns.</summary>
    SomeConcerns,

    /// <summary>High risk of bias.</summary>
    High,
}
