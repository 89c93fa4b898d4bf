using MetaReview.Statistics.Estimators;
using MetaReview.Statistics.Heterogeneity;
using MetaReview.Statistics.Internal;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Sensitivity;

/// <summary>
/// Refits the intercept-only model to one subset of studies after another without allocating per element:
/// the studies of the current subset sit in the first n slots of two work arrays owned by the caller, and
/// every sum is an O(n) pass over them. Gives the same numbers as <see cref="InverseVariance.Fit(ModelData, ModelOptions)"/>
/// (same estimators, same <see cref="IterativeTau2Solver"/>, same tolerance). One instance per thread.
/// <para>
/// Warm starts (the full-data tau² for leave-one-out, the previous step for cumulative meta-analysis, the
/// neighbouring subset for GOSH) are used only where the estimating equation has a single root: Paule–Mandel and
/// empirical Bayes, whose Q(tau²) is strictly decreasing. The REML and ML likelihoods can have several stationary
/// points in small subsets — e.g. the BCG trials of 1948–1968 (six studies, ML): Fisher scoring from the Hedges
/// start reaches tau² = 0 (log-likelihood −3.554), as metafor does, while a start at 0.05 reaches 0.0596 (−3.369) —
/// so REML and ML start where the engine and metafor start, from the Hedges estimate, and give their results.
/// </para>
/// </summary>
internal sealed class SubsetFitter
{
    private readonly ModelOptions _options;
    private readonly IterativeTau2Solver.Equation _reml;
    private readonly IterativeTau2Solver.Equation _ml;
    private readonly IterativeTau2Solver.Equation _pauleMandel;
    private readonly double _zCritical;
    private double[] _y = [];
    private double[] _v = [];
    private int _n;

    /// <summary>The study of the subset with the smallest variance: the largest weight at every tau².</summary>
    private int _heaviest;

    public SubsetFitter(ModelOptions options)
    {
        _options = options;
        _reml = RemlEquation;
        _ml = MlEquation;
        _pauleMandel = PauleMandelEquation;
        _zCritical = Quantiles.Normal(1 - (1 - options.Level) / 2);
    }

    public ModelOptions Options => _options;

    /// <summary>
    /// Fits the model to the first <paramref name="n"/> studies of <paramref name="y"/> and <paramref name="v"/>.
    /// </summary>
    /// <param name="y">Effect sizes (only the first n are used).</param>
    /// <param name="v">Sampling variances (only the first n are used).</param>
    /// <param name="n">Number of studies in the subset, ≥ 1.</param>
    /// <param name="warmStart">
    /// Starting value for the Paule–Mandel and empirical Bayes iterations, or NaN for the engine's own start; ignored
    /// by the other estimators.
    /// </param>
    /// <param name="inference">When false, the SE, test and CI are skipped (GOSH needs only estimates).</param>
    public SubsetSummary Fit(double[] y, double[] v, int n, double warmStart, bool inference)
    {
        _y = y;
        _v = v;
        _n = n;

        // Fixed-effect passes: Q, tr(P) (for DL and the typical variance), and the start values of the estimators.
        var heaviest = 0;
        for (var i = 1; i < n; i++)
        {
            if (v[i] < v[heaviest])
            {
                heaviest = i;
            }
        }

        _heaviest = heaviest;
        var (sw, muFixed, swOthers) = WeightedMean(0);
        double q = 0, trP = 0;
        for (var i = 0; i < n; i++)
        {
            var w = 1 / v[i];
            var r = y[i] - muFixed;
            q += w * r * r;
            trP += w * (i == heaviest ? swOthers : sw - w);
        }

        trP /= sw;
        var df = n - 1;
        var random = _options.Model == EffectModel.Random;
        double tau2 = 0;
        var iterations = 0;
        var converged = true;
        if (random)
        {
            if (_options.FixedTau2 is { } given)
            {
                tau2 = given;
            }
            else
            {
                tau2 = EstimateTau2(q, sw, trP, warmStart, out iterations, out converged);
            }
        }

        // The pooled estimate at tau².
        double sumW, mu;
        if (tau2 == 0)
        {
            sumW = sw;
            mu = muFixed;
        }
        else
        {
            sumW = 0;
            double sumWy = 0;
            for (var i = 0; i < n; i++)
            {
                var w = 1 / (v[i] + tau2);
                sumW += w;
                sumWy += w * y[i];
            }

            mu = sumWy / sumW;
        }

        double i2, h2;
        var typical = df >= 1 ? df / trP : double.NaN;
        if (random && _options.HeterogeneityBasis == HeterogeneityBasis.Tau2 && df >= 1)
        {
            i2 = HeterogeneityMeasures.I2FromTau2(tau2, typical);
            h2 = HeterogeneityMeasures.H2FromTau2(tau2, typical);
        }
        else
        {
            i2 = HeterogeneityMeasures.I2FromQ(q, df);
            h2 = HeterogeneityMeasures.H2FromQ(q, df);
        }

        var summary = new SubsetSummary
        {
            K = n,
            Estimate = mu,
            Tau2 = tau2,
            Q = q,
            I2 = i2,
            H2 = h2,
            SumW = sumW,
            FixedSumW = sw,
            Iterations = iterations,
            Converged = converged,
            Scale = 1,
        };
        return inference ? WithInference(summary) : summary;
    }

    private SubsetSummary WithInference(SubsetSummary s)
    {
        var n = s.K;
        var df = n - 1;
        var vb = 1 / s.SumW;
        double se, crit, p, scale = 1;
        double? tDf = null;
        if (_options.Test == TestMethod.Knha && df >= 1)
        {
            // Hartung–Knapp: the generalised Q at tau² over k − 1.
            double qGeneral = 0;
            for (var i = 0; i < n; i++)
            {
                var r = _y[i] - s.Estimate;
                qGeneral += r * r / (_v[i] + s.Tau2);
            }

            scale = qGeneral / df;
            se = Math.Sqrt(scale * vb);
            crit = Quantiles.StudentT(1 - (1 - _options.Level) / 2, df);
            p = Quantiles.TwoSidedTP(s.Estimate / se, df);
            tDf = df;
        }
        else
        {
            se = Math.Sqrt(vb);
            crit = _zCritical;
            p = Quantiles.TwoSidedNormalP(s.Estimate / se);
        }

        return s with
        {
            StandardError = se,
            Statistic = s.Estimate / se,
            PValue = p,
            Df = tDf,
            CiLower = s.Estimate - crit * se,
            CiUpper = s.Estimate + crit * se,
            QP = Quantiles.ChiSquareUpperP(s.Q, df),
            Scale = scale,
        };
    }

    private double EstimateTau2(double q, double sw, double trP, double warmStart, out int iterations, out bool converged)
    {
        iterations = 0;
        converged = true;
        var n = _n;
        var df = n - 1;
        if (df < 1)
        {
            // One study cannot separate between- from within-study variance, whatever the method (as the engine).
            return 0;
        }

        switch (_options.Tau2Method)
        {
            case Tau2Method.DL:
                return Math.Max(0, (q - df) / trP);
            case Tau2Method.HS:
                return Math.Max(0, (q - n) / sw);
            case Tau2Method.HE:
                return HedgesOlkin();
            case Tau2Method.SJ:
                return SidikJonkman();
        }

        var equation = _options.Tau2Method switch
        {
            Tau2Method.REML => _reml,
            Tau2Method.ML => _ml,
            _ => _pauleMandel,
        };
        var start = _options.Tau2Method is Tau2Method.PM or Tau2Method.EB ? warmStart : double.NaN;
        if (!double.IsFinite(start))
        {
            // The engine's starts: HE for REML and ML, DL for PM and EB.
            start = _options.Tau2Method is Tau2Method.REML or Tau2Method.ML ? HedgesOlkin() : Math.Max(0, (q - df) / trP);
        }

        var (tau2, convergence) = IterativeTau2Solver.Solve(equation, start, _options.Convergence, n / sw);
        iterations = convergence.Iterations;
        converged = convergence.Converged;
        if (tau2 > 0 && _options.Tau2Method is Tau2Method.REML or Tau2Method.ML
            && BoundaryIsHigher(tau2, restricted: _options.Tau2Method == Tau2Method.REML))
        {
            // As IterativeTau2Solver.PreferGlobalMaximum (and metafor): a root inside (0, ∞) whose likelihood is
            // below the boundary's is a local maximum; tau² = 0.
            return 0;
        }

        return tau2;
    }

    /// <summary>Hedges' estimator for p = 1: the sample variance of the yᵢ minus the mean of the vᵢ, at least 0.</summary>
    private double HedgesOlkin()
    {
        var n = _n;
        double sy = 0, sv = 0;
        for (var i = 0; i < n; i++)
        {
            sy += _y[i];
            sv += _v[i];
        }

        var mean = sy / n;
        double rss = 0;
        for (var i = 0; i < n; i++)
        {
            var r = _y[i] - mean;
            rss += r * r;
        }

        return Math.Max(0, (rss - sv * (n - 1) / n) / (n - 1));
    }

    /// <summary>Sidik–Jonkman: tau₀²·Q(tau₀²)/(k − 1) from tau₀² = Σ(yᵢ − ȳ)²/k.</summary>
    private double SidikJonkman()
    {
        var n = _n;
        double sy = 0;
        for (var i = 0; i < n; i++)
        {
            sy += _y[i];
        }

        var mean = sy / n;
        double rss = 0;
        for (var i = 0; i < n; i++)
        {
            var r = _y[i] - mean;
            rss += r * r;
        }

        var tau0 = rss / n;
        if (!(tau0 > 0))
        {
            return 0;
        }

        var (_, mu, _) = WeightedMean(tau0);
        double q = 0;
        for (var i = 0; i < n; i++)
        {
            var r = _y[i] - mu;
            q += r * r / (_v[i] + tau0);
        }

        return tau0 * q / (n - 1);
    }

    /// <summary>Σwᵢ, the weighted mean, and Σwᵢ over all studies but the heaviest (its S₋ᵢ, summed directly).</summary>
    private (double SumW, double Mu, double SumWOthers) WeightedMean(double tau2)
    {
        double sw = 0, swy = 0, others = 0;
        var heaviest = _heaviest;
        for (var i = 0; i < _n; i++)
        {
            var w = 1 / (_v[i] + tau2);
            sw += w;
            swy += w * _y[i];
            if (i != heaviest)
            {
                others += w;
            }
        }

        return (sw, swy / sw, others);
    }

    /// <summary>
    /// Whether the (restricted) log-likelihood at tau² = 0 exceeds the one at <paramref name="tau2"/> &gt; 0. With
    /// metafor's log-likelihoods, −½[Σlog(vᵢ + t) + log Σwᵢ(t) (REML only) + Q(t)] plus constants that cancel, that is
    /// Σlog(1 + tau²/vᵢ) + log(Σwᵢ(tau²)/Σwᵢ(0)) + Q(tau²) − Q(0) &gt; 0. The sum of logarithms is taken as the
    /// logarithm of a running product, renormalised before it could overflow: one logarithm per fit, not per study.
    /// </summary>
    private bool BoundaryIsHigher(double tau2, bool restricted)
    {
        var (sw0, mu0, _) = WeightedMean(0);
        var (swt, mut, _) = WeightedMean(tau2);
        double q0 = 0, qt = 0, logs = 0, product = 1;
        for (var i = 0; i < _n; i++)
        {
            var r0 = _y[i] - mu0;
            var rt = _y[i] - mut;
            q0 += r0 * r0 / _v[i];
            qt += rt * rt / (_v[i] + tau2);
            product *= 1 + tau2 / _v[i];
            if (product > 1e200)
            {
                logs += Math.Log(product);
                product = 1;
            }
        }

        logs += Math.Log(product);
        return logs + (restricted ? Math.Log(swt / sw0) : 0) + qt - q0 > 0;
    }

    /// <summary>
    /// REML score y'PPy − tr(P) and its information tr(PP), with the traces summed from P's entries as in
    /// <see cref="InterceptOnlyFit"/>: Pᵢᵢ = wᵢS₋ᵢ/S, Pᵢⱼ = −wᵢwⱼ/S, every term non-negative.
    /// </summary>
    private (double F, double Information) RemlEquation(double tau2)
    {
        var (sw, mu, swOthers) = WeightedMean(tau2);
        var heaviest = _heaviest;
        double ypp = 0, trP = 0, diagPP = 0, prefixW2 = 0, crossW2 = 0;
        for (var i = 0; i < _n; i++)
        {
            var w = 1 / (_v[i] + tau2);
            var others = i == heaviest ? swOthers : sw - w;
            var r = _y[i] - mu;
            var w2 = w * w;
            ypp += w2 * r * r;
            trP += w * others;
            diagPP += w2 * others * others;
            crossW2 += w2 * prefixW2;
            prefixW2 += w2;
        }

        return (ypp - trP / sw, (diagPP + 2 * crossW2) / (sw * sw));
    }

    /// <summary>ML score y'PPy − Σw and its information Σw².</summary>
    private (double F, double Information) MlEquation(double tau2)
    {
        var (sw, mu, _) = WeightedMean(tau2);
        double sw2 = 0, ypp = 0;
        for (var i = 0; i < _n; i++)
        {
            var w = 1 / (_v[i] + tau2);
            var r = _y[i] - mu;
            sw2 += w * w;
            ypp += w * w * r * r;
        }

        return (ypp - sw, sw2);
    }

    /// <summary>Paule–Mandel: Q(tau²) − (k − 1), with derivative −y'PPy.</summary>
    private (double F, double Information) PauleMandelEquation(double tau2)
    {
        var (_, mu, _) = WeightedMean(tau2);
        double q = 0, ypp = 0;
        for (var i = 0; i < _n; i++)
        {
            var w = 1 / (_v[i] + tau2);
            var r = _y[i] - mu;
            var wr2 = w * r * r;
            q += wr2;
            ypp += w * wr2;
        }

        return (q - (_n - 1), ypp);
    }
}
