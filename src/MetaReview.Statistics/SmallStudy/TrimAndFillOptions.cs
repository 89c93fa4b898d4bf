using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.SmallStudy;

/// <summary>Settings for <see cref="TrimAndFill"/>.</summary>
public sealed record TrimAndFillOptions
{
    /// <summary>
    /// The model used to trim and for the final fit (fixed or random effects, tau² estimator, test, level): an
    /// "equal–equal" or "random–random" analysis, as metafor. Default: REML.
    /// </summary>
    public ModelOptions Model { get; init; } = ModelOptions.Default;

    /// <summary>The estimator of the number of missing studies. Default L₀.</summary>
    public TrimAndFillEstimator Estimator { get; init; } = TrimAndFillEstimator.L0;

    /// <summary>
    /// The side where studies are missing; <see langword="null"/> (default) to choose it as metafor does, from the
    /// sign of the slope in Egger's meta-regression on the standard error (same model): a negative slope puts the
    /// missing studies on the right.
    /// </summary>
    public FunnelSide? Side { get; init; }

    /// <summary>Iterations of the trim step before giving up (metafor's <c>maxiter</c>). Default 100.</summary>
    public int MaxIterations { get; init; } = 100;
}
