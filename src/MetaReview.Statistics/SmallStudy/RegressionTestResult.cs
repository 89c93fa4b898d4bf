using System.Collections.Immutable;

namespace MetaReview.Statistics.SmallStudy;

/// <summary>
/// A regression test for funnel plot asymmetry: the coefficient of the predictor and its test, and the limit
/// estimate (the intercept: the expected effect as the predictor goes to 0, e.g. SE → 0). JSON <c>egger</c>
/// (mixed-effects) and <c>egger_lm</c> (classical): <c>statistic</c>, <c>df</c>, <c>p_value</c>,
/// <c>limit_estimate</c>, <c>limit_ci_lower</c>, <c>limit_ci_upper</c>. metafor: <c>regtest()</c>.
/// </summary>
public sealed record RegressionTestResult
{
    /// <summary>Weighted regression or meta-regression.</summary>
    public required AsymmetryModel Model { get; init; }

    /// <summary>The predictor.</summary>
    public required AsymmetryPredictor Predictor { get; init; }

    /// <summary>Number of studies in the test.</summary>
    public required int K { get; init; }

    /// <summary>The test statistic of the predictor's coefficient: t (df <see cref="Df"/>) or z.</summary>
    public required double Statistic { get; init; }

    /// <summary>Degrees of freedom of the t statistic (k − 2), or <see langword="null"/> for z.</summary>
    public double? Df { get; init; }

    /// <summary>Two-sided p-value of <see cref="Statistic"/>.</summary>
    public required double PValue { get; init; }

    /// <summary>The predictor's coefficient (the asymmetry).</summary>
    public required double Slope { get; init; }

    /// <summary>Its standard error.</summary>
    public required double SlopeStandardError { get; init; }

    /// <summary>The intercept.</summary>
    public required double Intercept { get; init; }

    /// <summary>Its standard error.</summary>
    public required double InterceptStandardError { get; init; }

    /// <summary>
    /// The limit estimate (the intercept) for predictors that go to 0 with infinite precision (SE, variance, 1/n,
    /// 1/√n); <see langword="null"/> for n and √n.
    /// </summary>
    public double? LimitEstimate { get; init; }

    /// <summary>Lower confidence bound of the limit estimate (t(k − 2) or z, as the test).</summary>
    public double? LimitCiLower { get; init; }

    /// <summary>Upper confidence bound of the limit estimate.</summary>
    public double? LimitCiUpper { get; init; }

    /// <summary>Residual tau² of a random-effects meta-regression; <see langword="null"/> otherwise.</summary>
    public double? Tau2 { get; init; }

    /// <summary>Notes: fewer than 10 studies (Sterne et al. 2011), excluded studies, non-convergence.</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];
}
