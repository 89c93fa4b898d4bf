using MetaReview.Statistics.Estimators;
using MetaReview.Statistics.Internal;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.SmallStudy;

/// <summary>
/// Regression tests for funnel plot asymmetry: the effect sizes regressed on a measure of precision (standard
/// error, variance, sample size or a transformation), either by weighted least squares with a multiplicative
/// dispersion term (Egger et al. 1997, doi:10.1136/bmj.315.7109.629) or as a fixed- or random-effects
/// meta-regression (Sterne and Egger 2005, in Rothstein et al., Publication Bias in Meta-Analysis, ch. 6). The
/// test is on the predictor's coefficient; the intercept is the limit estimate. Fitted through the p×p normal
/// equations (<see cref="RegressionFit"/>). metafor: <c>regtest(res, model=, predictor=)</c>.
/// </summary>
public static class RegressionTest
{
    /// <summary>Runs the test.</summary>
    /// <param name="yi">Effect sizes (analysis scale).</param>
    /// <param name="vi">Sampling variances, finite and &gt; 0.</param>
    /// <param name="options">Model and predictor (default: metafor's mixed-effects test with the standard error).</param>
    /// <param name="ni">Total sample sizes, needed only for the sample-size predictors.</param>
    /// <exception cref="ArgumentException">
    /// For invalid data, fewer than 3 studies, a predictor that is the same for every study, or sample sizes that
    /// are missing, of the wrong length, or not &gt; 0.
    /// </exception>
    public static RegressionTestResult Run(double[] yi, double[] vi, RegressionTestOptions? options = null, double[]? ni = null)
    {
        ModelData.Validate(yi, vi);
        options ??= new RegressionTestOptions();
        var x = Predictor(vi, ni, options.Predictor);
        var warnings = new List<string>();
        return Fit(yi, vi, x, options.Model, options.Predictor, options.Fit, warnings);
    }

    /// <summary>The predictor's values.</summary>
    private static double[] Predictor(double[] vi, double[]? ni, AsymmetryPredictor predictor)
    {
        var k = vi.Length;
        if (predictor is AsymmetryPredictor.StandardError or AsymmetryPredictor.Variance)
        {
            return predictor == AsymmetryPredictor.Variance ? (double[])vi.Clone() : vi.Select(Math.Sqrt).ToArray();
        }

        if (ni is null)
        {
            throw new ArgumentException($"The {predictor} predictor needs the total sample size of every study (ni).", nameof(ni));
        }

        if (ni.Length != k)
        {
            throw new ArgumentException($"ni has {ni.Length} values but there are {k} studies; they must match.", nameof(ni));
        }

        var x = new double[k];
        for (var i = 0; i < k; i++)
        {
            var n = ni[i];
            if (!(n > 0) || !double.IsFinite(n))
            {
                throw new ArgumentException($"ni[{i}] must be a finite number > 0, got {n}.", nameof(ni));
            }

            x[i] = predictor switch
            {
                AsymmetryPredictor.SampleSize => n,
                AsymmetryPredictor.InverseSampleSize => 1 / n,
                AsymmetryPredictor.SqrtSampleSize => Math.Sqrt(n),
                _ => 1 / Math.Sqrt(n),
            };
        }

        return x;
    }

    /// <summary>
    /// Regresses <paramref name="y"/> on an intercept and <paramref name="x"/> with weights 1/(vᵢ + tau²) and tests the
    /// slope. Shared by Egger's, Peters' and Harbord's tests.
    /// </summary>
    internal static RegressionTestResult Fit(double[] y, double[] v, double[] x, AsymmetryModel model, AsymmetryPredictor predictor,
        ModelOptions fit, List<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(fit);
        if (!(fit.Level > 0 && fit.Level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(fit), fit.Level, "Level must be between 0 and 1 (e.g. 0.95).");
        }

        var k = y.Length;
        if (k < 3)
        {
            throw new ArgumentException($"k = {k}: a regression test needs at least 3 studies (two coefficients and one residual degree of freedom).", nameof(y));
        }

        if (x.Min() == x.Max())
        {
            throw new ArgumentException($"Every study has the same value of the predictor ({predictor}, {x[0]}); the regression test needs studies of different precision.", nameof(x));
        }

        var design = new double[2 * k];
        for (var i = 0; i < k; i++)
        {
            design[2 * i] = 1;
            design[2 * i + 1] = x[i];
        }

        var regression = new RegressionFit(y, v, design, 2);
        double tau2 = 0;
        double? reportedTau2 = null;
        if (model == AsymmetryModel.MetaRegression && fit.Model == EffectModel.Random)
        {
            if (fit.FixedTau2 is { } given)
            {
                tau2 = given;
            }
            else
            {
                var estimate = Tau2Estimators.For(fit.Tau2Method).Estimate(ModelData.From(regression), fit.Convergence);
                tau2 = estimate.Tau2;
                if (estimate.Convergence is { Converged: false })
                {
                    warnings.Add($"The {fit.Tau2Method} estimate of the residual tau² did not converge.");
                }
            }

            reportedTau2 = tau2;
        }

        Span<double> beta = stackalloc double[2];
        Span<double> covariance = stackalloc double[4];
        var summary = regression.Coefficients(tau2, beta, covariance);
        var df = k - 2;
        var useT = model == AsymmetryModel.WeightedRegression || fit.Test == TestMethod.Knha;

        // The multiplicative dispersion (lm) and the HKSJ factor are the same quantity: Σwᵢrᵢ²/(k − p).
        var scale = useT ? summary.Q / df : 1;
        var slopeSe = Math.Sqrt(scale * covariance[3]);
        var interceptSe = Math.Sqrt(scale * covariance[0]);
        var alpha = 1 - fit.Level;
        var crit = useT ? Quantiles.StudentT(1 - alpha / 2, df) : Quantiles.Normal(1 - alpha / 2);
        var statistic = beta[1] / slopeSe;
        var hasLimit = predictor is not (AsymmetryPredictor.SampleSize or AsymmetryPredictor.SqrtSampleSize);
        SmallStudyNotes.BelowTen(k, warnings);
        return new RegressionTestResult
        {
            Model = model,
            Predictor = predictor,
            K = k,
            Statistic = statistic,
            Df = useT ? df : null,
            PValue = useT ? Quantiles.TwoSidedTP(statistic, df) : Quantiles.TwoSidedNormalP(statistic),
            Slope = beta[1],
            SlopeStandardError = slopeSe,
            Intercept = beta[0],
            InterceptStandardError = interceptSe,
            LimitEstimate = hasLimit ? beta[0] : null,
            LimitCiLower = hasLimit ? beta[0] - crit * interceptSe : null,
            LimitCiUpper = hasLimit ? beta[0] + crit * interceptSe : null,
            Tau2 = reportedTau2,
            Warnings = [.. warnings],
        };
    }
}
