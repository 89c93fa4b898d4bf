namespace MetaReview.Review.Project;

/// <summary>
/// A risk-of-bias judgement in the words of the tool that made it: RoB 2 (low, some concerns, high),
/// RoB 1 (low, unclear, high), ROBINS-I (low, moderate, serious, critical, no information).
/// <see cref="BiasJudgements.Severity"/> puts them on one scale.
/// </summary>
public enum BiasJudgement
{
    /// <summary>Low risk of bias (every tool).</summary>
    Low,

    /// <summary>Some concerns (RoB 2).</summary>
    SomeConcerns,

    /// <summary>Unclear risk of bias (RoB 1).</summary>
    Unclear,

    /// <summary>Moderate risk of bias (ROBINS-I).</summary>
    Moderate,

    /// <summary>High risk of bias (RoB 2, RoB 1).</summary>
    High,

    /// <summary>Serious risk of bias (ROBINS-I).</summary>
    Serious,

    /// <summary>Critical risk of bias (ROBINS-I): the study should not be included in a synthesis.</summary>
    Critical,

    /// <summary>No information on which to base a judgement (ROBINS-I).</summary>
    NoInformation,
}
