namespace MetaReview.Statistics.SmallStudy;

/// <summary>Settings for <see cref="PetPeese"/>.</summary>
public sealed record PetPeeseOptions
{
    /// <summary>Significance level of PET's intercept test. Default 0.05.</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>One-sided (default) or two-sided test of PET's intercept.</summary>
    public PetPeeseDecision Decision { get; init; } = PetPeeseDecision.OneSided;

    /// <summary>Confidence level of the intervals. Default 0.95.</summary>
    public double Level { get; init; } = 0.95;
}
