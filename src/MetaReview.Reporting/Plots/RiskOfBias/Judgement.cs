namespace MetaReview.Reporting.Plots.RiskOfBias;

/// <summary>
/// A risk-of-bias judgement. Each tool uses some of them: RoB 2 Low, SomeConcerns, High; RoB 1 Low,
/// Unclear, High; ROBINS-I Low, Moderate, Serious, Critical; all may use NoInformation.
/// </summary>
public enum Judgement
{
    Low,
    SomeConcerns,
    Unclear,
    Moderate,
    High,
    Serious,
    Critical,
    NoInformation,
}
