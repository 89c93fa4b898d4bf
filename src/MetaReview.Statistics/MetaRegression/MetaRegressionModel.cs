using System.Collections.Immutable;
using System.Globalization;
using MetaReview.Statistics.Estimators;
using MetaReview.Statistics.Heterogeneity;
using MetaReview.Statistics.Internal;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.MetaRegression;

/// <summary>
/// Fixed- and mixed-effects meta-regression with known sampling variances: yᵢ = xᵢ'β + uᵢ + eᵢ with
/// eᵢ ~ N(0, vᵢ) and, in the mixed-effects model, uᵢ ~ N(0, tau²) with tau² the residual heterogeneity
/// (Berkey et al. 1995, doi:10.1002/sim.4780140406; Thompson and Higgins 2002, doi:10.1002/sim.1187;
/// Viechtbauer 2010, doi:10.18637/jss.v036.i03). Any of the eight tau² estimators, Wald z/χ² or Knapp–Hartung
/// (HKSJ) t/F inference (Knapp and Hartung 2003, doi:10.1002/sim.1482), residual heterogeneity, pseudo-R²,
/// predictions and permutation tests. O(k·p²) time per fit and no k×k matrix.
/// metafor: <c>rma(yi, vi, mods = ~ ..., method=, test=)</c>, <c>predict()</c>, <c>anova(res, btt=)</c>,
/// <c>permutest()</c>.
/// </summary>
public static class MetaRegressionModel
{
    /// <summary>
    /// Fits the meta-regression given by a formula such as <c>"ablat + year + factor(alloc)"</c> over the given
    /// moderator columns (see <see cref="DesignMatrix"/>).
    /// </summary>
    /// <exception cref="FormatException">When the formula cannot be parsed.</exception>
    /// <exception cref="ArgumentException">For invalid data or designs (see <see cref="Fit(double[], double[], DesignMatrix, ModelOptions?)"/>).</exception>
    public static MetaRegressionResult Fit(double[] yi, double[] vi, string formula, IReadOnlyList<ModeratorColumn> moderators, ModelOptions? options = null) =>
        Fit(yi, vi, DesignMatrix.Build(formula, moderators), options);

    /// <summary>Fits the meta-regression with the given design.</summary>
    /// <param name="yi">Effect sizes, one per study of the design (studies the design excludes are left out).</param>
    /// <param name="vi">Sampling variances (&gt; 0).</param>
    /// <param name="design">The model matrix.</param>
    /// <param name="options">
    /// Model (fixed or random = mixed effects), tau² estimator or fixed tau², test, level, heterogeneity basis,
    /// Q-profile interval and convergence; <see cref="ModelOptions.PredictionInterval"/> is not used (predictions
    /// follow metafor). Default: mixed effects, REML, z test, 95%.
    /// </param>
    /// <exception cref="ArgumentException">
    /// For empty or mismatched arrays, non-finite yᵢ, vᵢ ≤ 0, or a mixed-effects model with k ≤ p (no degrees of
    /// freedom left to estimate tau²).
    /// </exception>
    public static MetaRegressionResult Fit(double[] yi, double[] vi, DesignMatrix design, ModelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        options ??= ModelOptions.Default;
        if (!(options.Level > 0 && options.Level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Level, "Level must be between 0 and 1 (e.g. 0.95).");
        }

        var data = ModelData.WithModerators(yi, vi, design);
        var fit = (RegressionFit)data.Fit;
        var k = data.K;
        var p = data.P;
        var df = k - p;
        var random = options.Model == EffectModel.Random;
        if (random && df < 1 && options.FixedTau2 is null)
        {
            throw new ArgumentException(
                $"The mixed-effects model has k = {k} studies and p = {p} coefficients: no degrees of freedom are left to estimate tau² (k must exceed p). Use fewer moderators or a fixed-effect model.",
                nameof(design));
        }

        var warnings = ImmutableArray.CreateBuilder<string>();
        var conventions = ImmutableArray.CreateBuilder<string>();
        if (!design.ExcludedRows.IsEmpty)
        {
            var list = string.Join("; ", design.ExcludedRows.Select((r, i) => $"study {r + 1} ({design.ExcludedBecause[i]})"));
            warnings.Add($"{design.ExcludedRows.Length} of {design.Studies} studies left out for a missing moderator value: {list}.");
        }

        conventions.Add($"Moderators: {design.Formula} → {string.Join(", ", design.ColumnNames)} (treatment contrasts, first level as reference; metafor/R)");
        Tau2Estimate? estimate = null;
        double tau2 = 0;
        if (random)
        {
            if (options.FixedTau2 is { } given)
            {
                tau2 = given;
                conventions.Add($"tau²: fixed at {given.ToString("R", CultureInfo.InvariantCulture)} (given)");
            }
            else
            {
                estimate = Tau2Estimators.For(options.Tau2Method).Estimate(data, options.Convergence);
                tau2 = estimate.Tau2;
                conventions.Add($"Residual tau²: {options.Tau2Method}" + (estimate.Convergence is { } c
                    ? $" ({c.Algorithm}, {c.Iterations} iterations{(c.Converged ? "" : ", NOT converged")})"
                    : ""));
                if (estimate.Convergence is { Converged: false })
                {
                    warnings.Add($"The {options.Tau2Method} estimate of the residual tau² did not converge.");
                }

                if (tau2 == 0)
                {
                    warnings.Add("The residual tau² is estimated as 0: the mixed-effects model equals the fixed-effects meta-regression.");
                }
            }
        }

        var beta = new double[p];
        var covariance = new double[p * p];
        var atTau2 = fit.Coefficients(tau2, beta, covariance);
        var test = options.Test;
        if (test == TestMethod.Knha && df < 1)
        {
            warnings.Add("HKSJ needs k > p; the Wald z test was used instead.");
            test = TestMethod.Z;
        }

        var alpha = 1 - options.Level;
        double crit;
        int? tDf = null;
        if (test == TestMethod.Knha)
        {
            // Knapp and Hartung (2003): Var(β̂) scaled by s² = Σwᵢrᵢ²/(k − p), t(k − p) and F(m, k − p) reference distributions.
            var s2 = atTau2.Q / df;
            for (var i = 0; i < covariance.Length; i++)
            {
                covariance[i] *= s2;
            }

            tDf = df;
            crit = Quantiles.StudentT(1 - alpha / 2, df);
            conventions.Add("Tests and CIs: Knapp–Hartung (HKSJ), t(k − p) for coefficients, F(m, k − p) for QM");
        }
        else
        {
            crit = Quantiles.Normal(1 - alpha / 2);
            conventions.Add("Tests and CIs: Wald z for coefficients, χ²(m) for QM");
        }

        var coefficients = ImmutableArray.CreateBuilder<RegressionCoefficient>(p);
        for (var j = 0; j < p; j++)
        {
            var se = Math.Sqrt(covariance[j * p + j]);
            var stat = beta[j] / se;
            var pValue = tDf is { } d ? Quantiles.TwoSidedTP(stat, d) : Quantiles.TwoSidedNormalP(stat);
            coefficients.Add(new RegressionCoefficient(design.ColumnNames[j], beta[j], se, stat, pValue, beta[j] - crit * se, beta[j] + crit * se));
        }

        var (qm, qmDf, qmDdf, qmP) = Omnibus(beta, covariance, ModeratorIndices(design), test, k);

        var fe = fit.At(0);
        var typical = df >= 1 ? df / fe.TrP : double.NaN;
        var basis = random ? options.HeterogeneityBasis : HeterogeneityBasis.Q;
        double i2, h2;
        if (basis == HeterogeneityBasis.Tau2 && df >= 1)
        {
            i2 = HeterogeneityMeasures.I2FromTau2(tau2, typical);
            h2 = HeterogeneityMeasures.H2FromTau2(tau2, typical);
            conventions.Add("Residual I², H²: from tau² with s² = (k − p)/tr(P) (metafor)");
        }
        else
        {
            i2 = HeterogeneityMeasures.I2FromQ(fe.Q, df);
            h2 = HeterogeneityMeasures.H2FromQ(fe.Q, df);
            conventions.Add("Residual I², H²: from QE (Higgins and Thompson 2002)");
        }

        double? r2 = null, tau2Re = null;
        if (random && design.HasIntercept)
        {
            var interceptOnly = ModelData.InterceptOnly(data.Yi.ToArray(), data.Vi.ToArray());
            var re = Tau2Estimators.For(options.Tau2Method).Estimate(interceptOnly, options.Convergence).Tau2;
            tau2Re = re;
            r2 = re > 0 ? Math.Max(0, 100 * (re - tau2) / re) : 0;
            conventions.Add($"R²: max(0, 100·(tau²_RE − tau²)/tau²_RE), tau²_RE from the intercept-only model ({options.Tau2Method}; metafor)");
        }

        Interval? tau2Ci = null, i2Ci = null, h2Ci = null;
        if (random && options.Tau2ConfidenceInterval && df >= 1)
        {
            tau2Ci = QProfile.Tau2Interval(data, options.Level, options.Convergence);
            if (tau2Ci is { } ci)
            {
                i2Ci = QProfile.ToI2(ci, typical);
                h2Ci = QProfile.ToH2(ci, typical);
            }
        }

        return new MetaRegressionResult
        {
            Model = options.Model,
            Tau2Method = random && options.FixedTau2 is null ? options.Tau2Method : null,
            Test = test,
            Level = options.Level,
            Design = design,
            K = k,
            Coefficients = coefficients.MoveToImmutable(),
            Df = tDf,
            Covariance = ImmutableArray.Create(covariance),
            Qm = qm,
            QmDf = qmDf,
            QmDfDenominator = qmDdf,
            QmP = qmP,
            Qe = fe.Q,
            QeDf = df,
            QeP = Quantiles.ChiSquareUpperP(fe.Q, df),
            Tau2 = tau2,
            Tau2Se = estimate?.StandardError,
            Tau2Ci = tau2Ci,
            I2 = i2,
            H2 = h2,
            I2Ci = i2Ci,
            H2Ci = h2Ci,
            HeterogeneityBasis = basis,
            R2 = r2,
            Tau2InterceptOnly = tau2Re,
            Convergence = estimate?.Convergence,
            Warnings = warnings.ToImmutable(),
            Conventions = conventions.ToImmutable(),
        };
    }

    /// <summary>The coefficients the default omnibus test covers: all but the intercept (all without one), as metafor.</summary>
    internal static int[] ModeratorIndices(DesignMatrix design) => design.HasIntercept ? [.. Enumerable.Range(1, design.P - 1)] : [.. Enumerable.Range(0, design.P)];

    /// <summary>QM = b_S'·Var(b)_S⁻¹·b_S over the indices S; χ²(m), or F = QM/m with (m, k − p) df under HKSJ.</summary>
    internal static (double Statistic, int Df, int? DfDenominator, double PValue) Omnibus(
        ReadOnlySpan<double> beta, ReadOnlySpan<double> covariance, IReadOnlyList<int> indices, TestMethod test, int k)
    {
        var p = beta.Length;
        var m = indices.Count;
        if (m == 0)
        {
            throw new ArgumentException("Name at least one coefficient to test.", nameof(indices));
        }

        foreach (var index in indices)
        {
            if (index < 0 || index >= p)
            {
                throw new ArgumentException($"Coefficient index {index} is out of range (0 to {p - 1}).", nameof(indices));
            }
        }

        var statistic = QuadraticForm(beta, covariance, indices);
        if (test == TestMethod.Knha)
        {
            var f = statistic / m;
            return (f, m, k - p, Quantiles.FUpperP(f, m, k - p));
        }

        return (statistic, m, null, Quantiles.ChiSquareUpperP(statistic, m));
    }

    /// <summary>b_S'·C_S⁻¹·b_S for the sub-vector and sub-matrix on the indices S (Cholesky; m ≤ p).</summary>
    internal static double QuadraticForm(ReadOnlySpan<double> beta, ReadOnlySpan<double> covariance, IReadOnlyList<int> indices)
    {
        var p = beta.Length;
        var m = indices.Count;
        Span<double> c = m <= 16 ? stackalloc double[m * m] : new double[m * m];
        Span<double> b = m <= 16 ? stackalloc double[m] : new double[m];
        for (var r = 0; r < m; r++)
        {
            b[r] = beta[indices[r]];
            for (var s = 0; s < m; s++)
            {
                c[r * m + s] = covariance[indices[r] * p + indices[s]];
            }
        }

        if (SmallCholesky.Factor(c, m) >= 0)
        {
            return double.NaN;
        }

        // b'C⁻¹b = |L⁻¹b|².
        double sum = 0;
        for (var r = 0; r < m; r++)
        {
            var s = b[r];
            for (var j = 0; j < r; j++)
            {
                s -= c[r * m + j] * b[j];
            }

            b[r] = s / c[r * m + r];
            sum += b[r] * b[r];
        }

        return sum;
    }
}
