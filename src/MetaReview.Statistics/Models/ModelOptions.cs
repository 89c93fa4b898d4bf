using MetaReview.Statistics.Estimators;

namespace MetaReview.Statistics.Models;

/// <summary>Settings for fitting a model to effect sizes with known variances. Defaults follow metafor.</summary>
public sealed record ModelOptions
{
    /// <summary>Fixed (common) effect or random effects. Default: random.</summary>
    public EffectModel Model { get; init; } = EffectModel.Random;

    /// <summary>The tau² estimator for random-effects models. Default: REML.</summary>
    public Tau2Method Tau2Method { get; init; } = Tau2Method.REML;

    /// <summary>A tau² value to use instead of estimating one (metafor <c>rma(tau2=)</c>), or <see langword="null"/>.</summary>
    public double? FixedTau2 { get; init; }

    /// <summary>Wald z or HKSJ. Default: z.</summary>
    public TestMethod Test { get; init; } = TestMethod.Z;

    /// <summary>Confidence level, 0 &lt; level &lt; 1. Default: 0.95.</summary>
    public double Level { get; init; } = 0.95;

    /// <summary>The prediction interval reported with random-effects models.</summary>
    public PredictionIntervalMethod PredictionInterval { get; init; } = PredictionIntervalMethod.Standard;

    /// <summary>How I² and H² are computed. Default: from tau² (metafor).</summary>
    public HeterogeneityBasis HeterogeneityBasis { get; init; } = HeterogeneityBasis.Tau2;

    /// <summary>Compute Q-profile confidence intervals for tau², tau, I² and H². Default: true.</summary>
    public bool Tau2ConfidenceInterval { get; init; } = true;

    /// <summary>Convergence settings for iterative estimators.</summary>
    public ConvergenceControl Convergence { get; init; } = ConvergenceControl.Default;

    /// <summary>metafor's defaults: random effects, REML, z test, 95%.</summary>
    public static ModelOptions Default { get; } = new();
}
