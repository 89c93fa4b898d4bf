namespace MetaReview.Review.Project;

/// <summary>Which way an outcome improves: it decides which side of a forest plot "favours" the intervention.</summary>
public enum OutcomeDirection
{
    /// <summary>Higher values are better (e.g. ALSFRS-R, maximum expiratory pressure).</summary>
    HigherIsBetter,

    /// <summary>Lower values are better (e.g. fatigue severity, mortality).</summary>
    LowerIsBetter,
}
