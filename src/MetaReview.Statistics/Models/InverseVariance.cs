using System.Collections.Immutable;
using MetaReview.Statistics.Estimators;
using MetaReview.Statistics.Heterogeneity;
using MetaReview.Statistics.Internal;

namespace MetaReview.Statistics.Models;

/// <summary>
/// Inverse-variance pooling of effect sizes with known variances: the fixed-effect model (weights 1/vᵢ)
/// and the random-effects model (weights 1/(vᵢ + tau²)) with any tau² estimator, Wald or HKSJ inference,
/// heterogeneity statistics, Q-profile intervals and the prediction interval. O(k) time and memory.
/// metafor: <c>rma(yi, vi, method=, test=)</c>, <c>confint()</c>, <c>predict()</c>.
/// </summary>
public static class InverseVariance
{
    /// <summary>Fits the intercept-only model to effect sizes and variances.</summary>
    /// <exception cref="ArgumentException">For empty or mismatched arrays, non-finite yᵢ, or vᵢ ≤ 0.</exception>
    public static MetaAnalysisResult Fit(double[] yi, double[] vi, ModelOptions? options = null) =>
        Fit(ModelData.InterceptOnly(yi, vi), options ?? ModelOptions.Default);

    /// <summary>Fits the intercept-only model described by <paramref name="data"/>.</summary>
    public static MetaAnalysisResult Fit(ModelData data, ModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        if (data.P != 1)
        {
            throw new ArgumentException("InverseVariance.Fit pools an intercept-only model; use MetaRegression for moderators.", nameof(data));
        }

        if (!(options.Level > 0 && options.Level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Level, "Level must be between 0 and 1 (e.g. 0.95).");
        }

        var fit = data.Fit;
        var k = data.K;
        var df = k - 1;
        var fe = fit.At(0);
        var warnings = ImmutableArray.CreateBuilder<string>();
        var conventions = ImmutableArray.CreateBuilder<string>();
        if (k == 1)
        {
            warnings.Add("k = 1: the pooled result is the single study's result; heterogeneity cannot be assessed.");
        }

        var random = options.Model == EffectModel.Random;
        Tau2Estimate? estimate = null;
        double tau2 = 0;
        if (random)
        {
            if (options.FixedTau2 is { } given)
            {
                tau2 = given;
                conventions.Add($"tau²: fixed at {given.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} (given)");
            }
            else if (k == 1)
            {
                // One study cannot separate between- from within-study variance: tau² = 0 without an
                // estimate or SE, whatever the method (as metafor, which reports tau² = 0 and no SE).
                conventions.Add($"tau²: 0 (k = 1, {options.Tau2Method} not applied)");
            }
            else
            {
                estimate = Tau2Estimators.For(options.Tau2Method).Estimate(data, options.Convergence);
                tau2 = estimate.Tau2;
                conventions.Add($"tau²: {options.Tau2Method}" + (estimate.Convergence is { } c ? $" ({c.Algorithm}, {c.Iterations} iterations{(c.Converged ? "" : ", NOT converged")})" : ""));
                if (estimate.Convergence is { Converged: false })
                {
                    warnings.Add($"The {options.Tau2Method} estimate of tau² did not converge.");
                }
            }

            if (tau2 == 0 && k > 1)
            {
                warnings.Add("tau² is estimated as 0: the random-effects result equals the fixed-effect result.");
            }
        }

        var re = random ? fit.At(tau2) : fe;
        var mu = re.Beta0;
        var vb = 1 / re.SumW;
        var alpha = 1 - options.Level;

        var test = options.Test;
        double se, crit, stat, p;
        double? tDf = null;
        if (test == TestMethod.Knha && df < 1)
        {
            warnings.Add("HKSJ needs k ≥ 2; the Wald z test was used instead.");
            test = TestMethod.Z;
        }

        if (test == TestMethod.Knha)
        {
            var s2 = re.Q / df;
            se = Math.Sqrt(s2 * vb);
            crit = Quantiles.StudentT(1 - alpha / 2, df);
            stat = mu / se;
            p = Quantiles.TwoSidedTP(stat, df);
            tDf = df;
            conventions.Add("Test and CI: Hartung–Knapp–Sidik–Jonkman, t(k − 1)");
        }
        else
        {
            se = Math.Sqrt(vb);
            crit = Quantiles.Normal(1 - alpha / 2);
            stat = mu / se;
            p = Quantiles.TwoSidedNormalP(stat);
            conventions.Add("Test and CI: Wald z");
        }

        var typical = df >= 1 ? df / fe.TrP : double.NaN;
        var i2Q = HeterogeneityMeasures.I2FromQ(fe.Q, df);
        var h2Q = HeterogeneityMeasures.H2FromQ(fe.Q, df);
        var basis = random ? options.HeterogeneityBasis : HeterogeneityBasis.Q;
        double i2 = i2Q, h2 = h2Q;
        if (basis == HeterogeneityBasis.Tau2 && df >= 1)
        {
            i2 = HeterogeneityMeasures.I2FromTau2(tau2, typical);
            h2 = HeterogeneityMeasures.H2FromTau2(tau2, typical);
        }

        conventions.Add(basis == HeterogeneityBasis.Tau2 ? "I², H²: from tau² (metafor)" : "I², H²: from Q (Higgins and Thompson 2002; RevMan 5)");

        Interval? pi = null;
        if (random)
        {
            pi = PredictionInterval(mu, se, tau2, k, test, alpha, options.PredictionInterval, warnings);
        }

        Interval? tau2Ci = null, tauCi = null, i2Ci = null, h2Ci = null;
        if (random && options.Tau2ConfidenceInterval && df >= 1)
        {
            tau2Ci = QProfile.Tau2Interval(data, options.Level, options.Convergence);
            if (tau2Ci is { } ci)
            {
                tauCi = new Interval(Math.Sqrt(ci.Lower), Math.Sqrt(ci.Upper));
                i2Ci = QProfile.ToI2(ci, typical);
                h2Ci = QProfile.ToH2(ci, typical);
            }
        }

        var weights = new double[k];
        var vi = data.Vi;
        for (var i = 0; i < k; i++)
        {
            weights[i] = 100 / (vi[i] + tau2) / re.SumW;
        }

        return new MetaAnalysisResult
        {
            Model = options.Model,
            Method = PoolingMethod.IV,
            Tau2Method = random && options.FixedTau2 is null ? options.Tau2Method : null,
            Test = test,
            Level = options.Level,
            K = k,
            Estimate = mu,
            StandardError = se,
            Statistic = stat,
            Df = tDf,
            PValue = p,
            CiLower = mu - crit * se,
            CiUpper = mu + crit * se,
            Tau2 = tau2,
            Tau2Se = estimate?.StandardError,
            I2 = i2,
            H2 = h2,
            HeterogeneityBasis = basis,
            I2FromQ = i2Q,
            H2FromQ = h2Q,
            Q = fe.Q,
            QDf = df,
            QP = Quantiles.ChiSquareUpperP(fe.Q, df),
            PredictionInterval = pi,
            Tau2Ci = tau2Ci,
            TauCi = tauCi,
            I2Ci = i2Ci,
            H2Ci = h2Ci,
            WeightPercent = ImmutableArray.Create(weights),
            Convergence = estimate?.Convergence,
            Warnings = warnings.ToImmutable(),
            Conventions = conventions.ToImmutable(),
        };
    }

    private static Interval? PredictionInterval(double mu, double se, double tau2, int k, TestMethod test, double alpha,
        PredictionIntervalMethod method, ImmutableArray<string>.Builder warnings)
    {
        double crit;
        if (method == PredictionIntervalMethod.HigginsRiley)
        {
            if (k < 3)
            {
                warnings.Add("The Higgins–Riley prediction interval needs k ≥ 3 (t with k − 2 df); none is given.");
                return null;
            }

            crit = Quantiles.StudentT(1 - alpha / 2, k - 2);
        }
        else
        {
            crit = test == TestMethod.Knha ? Quantiles.StudentT(1 - alpha / 2, k - 1) : Quantiles.Normal(1 - alpha / 2);
        }

        var half = crit * Math.Sqrt(se * se + tau2);
        return new Interval(mu - half, mu + half);
    }
}
