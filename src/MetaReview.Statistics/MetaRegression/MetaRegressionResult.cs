using System.Collections.Immutable;
using MetaReview.Statistics.Estimators;
using MetaReview.Statistics.Internal;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.MetaRegression;

/// <summary>
/// A fitted fixed- or mixed-effects meta-regression (metafor <c>rma(yi, vi, mods=, method=, test=)</c>). Values
/// are on the analysis scale. Property names map one-to-one onto the JSON keys of <c>metareg</c>:
/// <see cref="Coefficients"/> (coefficients), <see cref="Qm"/>, <see cref="QmDf"/>, <see cref="QmP"/>,
/// <see cref="Qe"/>, <see cref="QeDf"/>, <see cref="QeP"/>, <see cref="Tau2"/>, <see cref="I2"/>, <see cref="R2"/>
/// (qm, qm_df, qm_p, qe, qe_df, qe_p, tau2, i2, r2).
/// </summary>
public sealed record MetaRegressionResult
{
    /// <summary>Fixed effects (tau² = 0) or mixed effects.</summary>
    public required EffectModel Model { get; init; }

    /// <summary>The residual tau² estimator (mixed-effects models with an estimated tau²).</summary>
    public Tau2Method? Tau2Method { get; init; }

    /// <summary>Wald z/χ² or HKSJ t/F.</summary>
    public required TestMethod Test { get; init; }

    /// <summary>Confidence level, e.g. 0.95.</summary>
    public required double Level { get; init; }

    /// <summary>The design: formula, coefficient names, included and excluded studies.</summary>
    public required DesignMatrix Design { get; init; }

    /// <summary>Number of studies in the model.</summary>
    public required int K { get; init; }

    /// <summary>Number of coefficients.</summary>
    public int P => Coefficients.Length;

    /// <summary>The coefficients in design order.</summary>
    public required ImmutableArray<RegressionCoefficient> Coefficients { get; init; }

    /// <summary>Degrees of freedom of the t statistics (k − p) under HKSJ; <see langword="null"/> for z.</summary>
    public int? Df { get; init; }

    /// <summary>
    /// Var(β̂), p×p row-major: (X'WX)⁻¹ with wᵢ = 1/(vᵢ + tau²), times s² = Σwᵢrᵢ²/(k − p) under HKSJ.
    /// metafor: <c>vcov(res)</c>.
    /// </summary>
    public required ImmutableArray<double> Covariance { get; init; }

    /// <summary>Omnibus test of all coefficients except the intercept (all, without one): χ² QM, or F under HKSJ.</summary>
    public required double Qm { get; init; }

    /// <summary>Number of coefficients tested by <see cref="Qm"/> (numerator df of F).</summary>
    public required int QmDf { get; init; }

    /// <summary>k − p, the denominator df of F under HKSJ; <see langword="null"/> for χ².</summary>
    public int? QmDfDenominator { get; init; }

    /// <summary>p-value of <see cref="Qm"/>.</summary>
    public required double QmP { get; init; }

    /// <summary>
    /// Test for residual heterogeneity QE = Σ(yᵢ − xᵢ'β̂_FE)²/vᵢ with fixed-effect weights (Cochran's Q of the
    /// meta-regression).
    /// </summary>
    public required double Qe { get; init; }

    /// <summary>Degrees of freedom of QE, k − p.</summary>
    public required int QeDf { get; init; }

    /// <summary>p-value of QE (χ² with k − p df).</summary>
    public required double QeP { get; init; }

    /// <summary>Residual between-study variance (0 for fixed effects).</summary>
    public required double Tau2 { get; init; }

    /// <summary>SE of tau², where the estimator defines one.</summary>
    public double? Tau2Se { get; init; }

    /// <summary>Q-profile confidence interval for the residual tau² (Viechtbauer 2007; metafor <c>confint(res)</c>).</summary>
    public Interval? Tau2Ci { get; init; }

    /// <summary>
    /// Residual I² (percent): 100·tau²/(tau² + s²) with s² = (k − p)/tr(P) from fixed-effect weights (metafor), or
    /// from QE, 100·max(0, (QE − (k − p))/QE), in fixed-effect models and when the basis is Q.
    /// </summary>
    public required double I2 { get; init; }

    /// <summary>Residual H²: (tau² + s²)/s², or QE/(k − p) on the Q basis.</summary>
    public required double H2 { get; init; }

    /// <summary>Confidence interval for the residual I², from <see cref="Tau2Ci"/>.</summary>
    public Interval? I2Ci { get; init; }

    /// <summary>Confidence interval for the residual H², from <see cref="Tau2Ci"/>.</summary>
    public Interval? H2Ci { get; init; }

    /// <summary>Which basis <see cref="I2"/> and <see cref="H2"/> use.</summary>
    public required HeterogeneityBasis HeterogeneityBasis { get; init; }

    /// <summary>
    /// Pseudo-R² in percent, the share of the heterogeneity accounted for by the moderators:
    /// max(0, 100·(tau²_RE − tau²)/tau²_RE), tau²_RE from the intercept-only model with the same estimator
    /// (Raudenbush 2009; metafor <c>res$R2</c>); 0 when tau²_RE = 0. <see langword="null"/> for fixed-effect
    /// models and models without an intercept.
    /// </summary>
    public double? R2 { get; init; }

    /// <summary>tau² of the intercept-only random-effects model used for <see cref="R2"/>.</summary>
    public double? Tau2InterceptOnly { get; init; }

    /// <summary>How an iterative tau² estimator converged.</summary>
    public ConvergenceInfo? Convergence { get; init; }

    /// <summary>Notes about the data and degenerate situations (excluded studies, tau² = 0, ...).</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];

    /// <summary>Which convention produced which number.</summary>
    public ImmutableArray<string> Conventions { get; init; } = [];

    /// <summary>
    /// Predicted effect at the given moderator values (metafor <c>predict(res, newmods=)</c>): one value per
    /// design column after the intercept, in <see cref="DesignMatrix.ColumnNames"/> order (dummy codes 0/1 for factor
    /// levels); the intercept is added automatically. For a model without intercept give one value per column.
    /// </summary>
    /// <exception cref="ArgumentException">For the wrong number of values or a non-finite value.</exception>
    public RegressionPrediction Predict(params double[] moderators)
    {
        ArgumentNullException.ThrowIfNull(moderators);
        var p = P;
        var offset = Design.HasIntercept ? 1 : 0;
        if (moderators.Length != p - offset)
        {
            throw new ArgumentException(
                $"Predict needs {p - offset} moderator value(s) ({string.Join(", ", Design.ColumnNames.Skip(offset))}), got {moderators.Length}.", nameof(moderators));
        }

        Span<double> x = stackalloc double[p];
        x[0] = 1;
        for (var j = 0; j < moderators.Length; j++)
        {
            if (!double.IsFinite(moderators[j]))
            {
                throw new ArgumentException($"Moderator value {j + 1} ({Design.ColumnNames[j + offset]}) must be finite, got {moderators[j]}.", nameof(moderators));
            }

            x[j + offset] = moderators[j];
        }

        double estimate = 0, variance = 0;
        for (var r = 0; r < p; r++)
        {
            estimate += x[r] * Coefficients[r].Estimate;
            for (var c = 0; c < p; c++)
            {
                variance += x[r] * Covariance[r * p + c] * x[c];
            }
        }

        var se = Math.Sqrt(variance);
        var crit = Critical;
        double? piLower = null, piUpper = null;
        if (Model == EffectModel.Random)
        {
            var half = crit * Math.Sqrt(variance + Tau2);
            piLower = estimate - half;
            piUpper = estimate + half;
        }

        return new RegressionPrediction(estimate, se, estimate - crit * se, estimate + crit * se, piLower, piUpper);
    }

    /// <summary>
    /// Omnibus test of the coefficients named (metafor <c>anova(res, btt=)</c>): coefficient names
    /// (<c>factor(alloc)random</c>), term labels (<c>factor(alloc)</c>) or moderator columns (<c>alloc</c>).
    /// </summary>
    /// <exception cref="ArgumentException">When a name selects no coefficient or none is given.</exception>
    public ModeratorTest TestCoefficients(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return TestCoefficients([.. names.SelectMany(n => Design.ColumnsOf(n)).Distinct().Order()]);
    }

    /// <summary>Omnibus test of the coefficients with the given 0-based indices (metafor <c>anova(res, btt=)</c>, 1-based there).</summary>
    /// <exception cref="ArgumentException">When no index is given or one is out of range.</exception>
    public ModeratorTest TestCoefficients(IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        var (statistic, df, ddf, p) = MetaRegressionModel.Omnibus(Coefficients.Select(c => c.Estimate).ToArray(), Covariance.AsSpan(), indices, Test, K);
        return new ModeratorTest([.. indices.Select(i => Coefficients[i].Name)], statistic, df, ddf, p);
    }

    private double Critical => Df is { } df ? Quantiles.StudentT(1 - (1 - Level) / 2, df) : Quantiles.Normal(1 - (1 - Level) / 2);
}
