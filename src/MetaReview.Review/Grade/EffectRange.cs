namespace MetaReview.Review.Grade;

/// <summary>An estimate with its confidence interval.</summary>
/// <param name="Estimate">The point estimate.</param>
/// <param name="Lower">The lower bound.</param>
/// <param name="Upper">The upper bound.</param>
public sealed record EffectRange(double Estimate, double Lower, double Upper);
