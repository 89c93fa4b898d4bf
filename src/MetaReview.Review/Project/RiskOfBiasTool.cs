namespace MetaReview.Review.Project;

/// <summary>The tool a risk-of-bias assessment was made with.</summary>
public enum RiskOfBiasTool
{
    /// <summary>RoB 2, for randomised trials, per result (Sterne et al. 2019, BMJ 366:l4898).</summary>
    Rob2,

    /// <summary>The original Cochrane tool (Higgins et al. 2011, BMJ 343:d5928).</summary>
    Rob1,

    /// <summary>ROBINS-I, for non-randomised studies of interventions (Sterne et al. 2016, BMJ 355:i4919).</summary>
    RobinsI,

    /// <summary>Domains defined in the review file, judged low, some concerns, unclear or high.</summary>
    Custom,
}
