using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.SmallStudy;

/// <summary>
/// Egger's regression test for funnel plot asymmetry (Egger, Davey Smith, Schneider and Minder 1997,
/// doi:10.1136/bmj.315.7109.629) in its two common forms. The classical test regresses the standard normal
/// deviate yᵢ/seᵢ on the precision 1/seᵢ; equivalently (the form used here) yᵢ on seᵢ by weighted least squares
/// with weights 1/vᵢ, testing the coefficient of seᵢ with t(k − 2). The mixed-effects version fits the
/// random-effects meta-regression on seᵢ and gives the limit estimate as SE → 0 with its CI.
/// </summary>
public static class EggerTest
{
    /// <summary>The classical test. metafor: <c>regtest(res, model="lm")</c>; JSON <c>egger_lm</c>.</summary>
    /// <param name="yi">Effect sizes (analysis scale).</param>
    /// <param name="vi">Sampling variances, finite and &gt; 0.</param>
    /// <param name="level">Confidence level of the limit estimate's CI.</param>
    /// <exception cref="ArgumentException">For invalid data, k &lt; 3, or equal standard errors.</exception>
    public static RegressionTestResult Classical(double[] yi, double[] vi, double level = 0.95) =>
        RegressionTest.Run(yi, vi, new RegressionTestOptions
        {
            Model = AsymmetryModel.WeightedRegression,
            Fit = ModelOptions.Default with { Level = level },
        });

    /// <summary>
    /// The meta-regression test with the model's settings (default REML, z). metafor: <c>regtest(res)</c>;
    /// JSON <c>egger</c>.
    /// </summary>
    /// <param name="yi">Effect sizes (analysis scale).</param>
    /// <param name="vi">Sampling variances, finite and &gt; 0.</param>
    /// <param name="fit">The model settings (fixed or random effects, tau² estimator, z or HKSJ, level).</param>
    /// <exception cref="ArgumentException">For invalid data, k &lt; 3, or equal standard errors.</exception>
    public static RegressionTestResult MixedEffects(double[] yi, double[] vi, ModelOptions? fit = null) =>
        RegressionTest.Run(yi, vi, new RegressionTestOptions { Model = AsymmetryModel.MetaRegression, Fit = fit ?? ModelOptions.Default });
}
