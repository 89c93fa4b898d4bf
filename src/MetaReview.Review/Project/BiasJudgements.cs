using MetaReview.Review.Grade;

namespace MetaReview.Review.Project;

/// <summary>The words and the common severity scale of <see cref="BiasJudgement"/>s.</summary>
public static class BiasJudgements
{
    /// <summary>
    /// 0 low; 1 some concerns, unclear, moderate; 2 high, serious; 3 critical; <see langword="null"/> for no
    /// information, which is not on the scale.
    /// </summary>
    public static int? Severity(this BiasJudgement judgement) => judgement switch
    {
        BiasJudgement.Low => 0,
        BiasJudgement.SomeConcerns or BiasJudgement.Unclear or BiasJudgement.Moderate => 1,
        BiasJudgement.High or BiasJudgement.Serious => 2,
        BiasJudgement.Critical => 3,
        _ => null,
    };

    /// <summary>True for high (RoB 2, RoB 1), serious or critical (ROBINS-I): what "exclude high risk of bias" leaves out.</summary>
    public static bool IsHighOrWorse(this BiasJudgement judgement) => judgement.Severity() >= 2;

    /// <summary>
    /// The judgement on the GRADE engine's scale (docs/grade.md): RoB 1 unclear and ROBINS-I moderate count as some
    /// concerns, ROBINS-I serious and critical as high, and "no information" as not assessed.
    /// </summary>
    public static RiskOfBiasLevel ToRiskOfBiasLevel(this BiasJudgement judgement) => judgement.Severity() switch
    {
        0 => RiskOfBiasLevel.Low,
        1 => RiskOfBiasLevel.SomeConcerns,
        >= 2 => RiskOfBiasLevel.High,
        _ => RiskOfBiasLevel.NotAssessed,
    };

    /// <summary>The judgement as written in the review file and printed in tables: "low", "some concerns", "no information".</summary>
    public static string Text(this BiasJudgement judgement) => judgement switch
    {
        BiasJudgement.Low => "low",
        BiasJudgement.SomeConcerns => "some concerns",
        BiasJudgement.Unclear => "unclear",
        BiasJudgement.Moderate => "moderate",
        BiasJudgement.High => "high",
        BiasJudgement.Serious => "serious",
        BiasJudgement.Critical => "critical",
        BiasJudgement.NoInformation => "no information",
        _ => judgement.ToString(),
    };
}
