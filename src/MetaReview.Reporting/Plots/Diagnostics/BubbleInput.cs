using System.Collections.Immutable;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>
/// What a bubble plot shows: the studies and a meta-regression on one moderator, ŷ = <see cref="Intercept"/> +
/// <see cref="Slope"/>·x, with the covariance matrix of the two coefficients for the confidence band.
/// metafor: <c>coef(res)</c> and <c>vcov(res)</c> of <c>rma(yi, vi, mods = ~ x)</c>.
/// </summary>
/// <param name="Studies">The studies, in input order.</param>
/// <param name="Intercept">The fitted intercept.</param>
/// <param name="Slope">The fitted slope on the moderator.</param>
/// <param name="InterceptVariance">Var(intercept), ≥ 0.</param>
/// <param name="SlopeVariance">Var(slope), ≥ 0.</param>
/// <param name="Covariance">Cov(intercept, slope).</param>
public sealed record BubbleInput(
    ImmutableArray<BubbleStudy> Studies,
    double Intercept,
    double Slope,
    double InterceptVariance,
    double SlopeVariance,
    double Covariance)
{
    /// <summary>Residual tau² of the model: the bubbles' weights are 1/(vᵢ + tau²). 0 for a fixed-effects model.</summary>
    public double Tau2 { get; init; }

    /// <summary>Coverage of the confidence band, between 0 and 1 (0.95 by default).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>
    /// Degrees of freedom of a t-based band (the Knapp–Hartung adjustment: k − 2); null for the normal
    /// distribution (the z test).
    /// </summary>
    public int? Df { get; init; }

    /// <summary>The effect measure, for the vertical axis' default title (e.g. "Log risk ratio").</summary>
    public EffectMeasure Measure { get; init; } = EffectMeasure.GEN;
}
