namespace MetaReview.Statistics.SmallStudy;

/// <summary>Settings for <see cref="FailSafeN"/> (metafor <c>fsn(alpha=, target=, weighted=)</c>).</summary>
public sealed record FailSafeNOptions
{
    /// <summary>Target significance level of Rosenthal's and Rosenberg's methods. Default 0.05.</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>
    /// Orwin's target average effect (analysis scale); <see langword="null"/> (default) for half the observed average.
    /// A target of the opposite sign to the observed average is flipped, as metafor does.
    /// </summary>
    public double? OrwinTarget { get; init; }

    /// <summary>Orwin's method with the inverse-variance weighted average instead of the plain average. Default false.</summary>
    public bool OrwinWeighted { get; init; }
}
