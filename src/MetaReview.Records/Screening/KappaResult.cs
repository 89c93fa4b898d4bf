namespace MetaReview.Records.Screening;

/// <summary>Agreement between two raters.</summary>
/// <param name="N">Subjects rated by both.</param>
/// <param name="ObservedAgreement">p_o, the proportion of subjects on which they agree (percent agreement / 100).</param>
/// <param name="ExpectedAgreement">p_e, the agreement expected by chance from the marginal proportions.</param>
/// <param name="Kappa">Cohen's kappa; NaN when undefined (no subjects, or p_e = 1).</param>
public sealed record KappaResult(int N, double ObservedAgreement, double ExpectedAgreement, double Kappa)
{
    /// <summary>Percent agreement, 0 to 100.</summary>
    public double PercentAgreement => ObservedAgreement * 100;
}
