using System.Collections.Immutable;
using MetaReview.Statistics.Estimators;

namespace MetaReview.Statistics.Models;

/// <summary>
/// A fitted meta-analysis model. All values are on the analysis scale (log for ratio measures). Names
/// follow the JSON keys in docs/json-output.md.
/// </summary>
public sealed record MetaAnalysisResult
{
    /// <summary>Fixed or random effects.</summary>
    public required EffectModel Model { get; init; }

    /// <summary>IV, MH or Peto.</summary>
    public required PoolingMethod Method { get; init; }

    /// <summary>The tau² estimator (random-effects models only).</summary>
    public Tau2Method? Tau2Method { get; init; }

    /// <summary>Wald z or HKSJ.</summary>
    public required TestMethod Test { get; init; }

    /// <summary>Confidence level, e.g. 0.95.</summary>
    public required double Level { get; init; }

    /// <summary>Number of studies in the model.</summary>
    public required int K { get; init; }

    /// <summary>The pooled estimate.</summary>
    public required double Estimate { get; init; }

    /// <summary>Its standard error (scaled by the HKSJ factor when <see cref="Test"/> is HKSJ).</summary>
    public required double StandardError { get; init; }

    /// <summary>z or t statistic for the null hypothesis of no effect (estimate = 0).</summary>
    public required double Statistic { get; init; }

    /// <summary>Degrees of freedom of the t statistic, or <see langword="null"/> for z.</summary>
    public double? Df { get; init; }

    /// <summary>Two-sided p-value of <see cref="Statistic"/>.</summary>
    public required double PValue { get; init; }

    /// <summary>Lower confidence bound.</summary>
    public required double CiLower { get; init; }

    /// <summary>Upper confidence bound.</summary>
    public required double CiUpper { get; init; }

    /// <summary>Between-study variance (0 in fixed-effect models).</summary>
    public required double Tau2 { get; init; }

    /// <summary>Standard error of tau², where the estimator defines one.</summary>
    public double? Tau2Se { get; init; }

    /// <summary>√tau².</summary>
    public double Tau => Math.Sqrt(Tau2);

    /// <summary>I² in percent, on the basis given by <see cref="HeterogeneityBasis"/>.</summary>
    public required double I2 { get; init; }

    /// <summary>H², on the same basis as I².</summary>
    public required double H2 { get; init; }

    /// <summary>Which basis I² and H² use.</summary>
    public required HeterogeneityBasis HeterogeneityBasis { get; init; }

    /// <summary>I² from Q: 100·max(0, (Q − df)/Q), always reported.</summary>
    public required double I2FromQ { get; init; }

    /// <summary>H² from Q: Q/df, always reported.</summary>
    public required double H2FromQ { get; init; }

    /// <summary>Cochran's Q test for heterogeneity.</summary>
    public required double Q { get; init; }

    /// <summary>Degrees of freedom of Q (k − 1 for the intercept-only model).</summary>
    public required int QDf { get; init; }

    /// <summary>p-value of Q (chi-square with <see cref="QDf"/> df).</summary>
    public required double QP { get; init; }

    /// <summary>Prediction interval for the true effect in a new study (random-effects models).</summary>
    public Interval? PredictionInterval { get; init; }

    /// <summary>Q-profile confidence interval for tau² (random-effects models, k ≥ 2).</summary>
    public Interval? Tau2Ci { get; init; }

    /// <summary>Confidence interval for tau (square roots of <see cref="Tau2Ci"/>).</summary>
    public Interval? TauCi { get; init; }

    /// <summary>Confidence interval for I² (percent), from <see cref="Tau2Ci"/>.</summary>
    public Interval? I2Ci { get; init; }

    /// <summary>Confidence interval for H², from <see cref="Tau2Ci"/>.</summary>
    public Interval? H2Ci { get; init; }

    /// <summary>Per-study weights in percent, in the order of the input.</summary>
    public required ImmutableArray<double> WeightPercent { get; init; }

    /// <summary>Cochran–Mantel–Haenszel test (MH odds ratio).</summary>
    public TestStatistic? Cmh { get; init; }

    /// <summary>Tarone's test for heterogeneity of odds ratios (MH odds ratio).</summary>
    public TestStatistic? Tarone { get; init; }

    /// <summary>How an iterative tau² estimator converged.</summary>
    public ConvergenceInfo? Convergence { get; init; }

    /// <summary>Notes about degenerate but legal situations (k = 1, tau² = 0, no HKSJ with k = 1, ...).</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];

    /// <summary>Which convention produced which number, e.g. "I²: from Q (RevMan 5)".</summary>
    public ImmutableArray<string> Conventions { get; init; } = [];
}
