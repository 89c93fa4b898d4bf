using MetaReview.Statistics.Internal;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Heterogeneity;

/// <summary>
/// Q-profile confidence interval for tau² (Viechtbauer 2007, doi:10.1002/sim.2514): the set of tau² for
/// which the generalised Q statistic Σwᵢ(tau²)·rᵢ² lies between the α/2 and 1 − α/2 quantiles of
/// χ²(k − p). Q decreases in tau², so each bound is the root of Q(tau²) = quantile, or 0 when Q(0) is
/// already below it. metafor: <c>confint(rma(...))</c>.
/// </summary>
public static class QProfile
{
    /// <summary>The Q-profile interval for tau² at the given confidence level.</summary>
    /// <param name="data">The studies (and design).</param>
    /// <param name="level">Confidence level, e.g. 0.95.</param>
    /// <param name="control">Tolerance for the bounds.</param>
    /// <returns>The interval, or <see langword="null"/> when k − p &lt; 1.</returns>
    public static Interval? Tau2Interval(ModelData data, double level, ConvergenceControl? control = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var df = data.K - data.P;
        if (df < 1)
        {
            return null;
        }

        control ??= ConvergenceControl.Default;
        var alpha = 1 - level;
        var lower = Bound(data, Quantiles.ChiSquare(1 - alpha / 2, df), control);
        var upper = Bound(data, Quantiles.ChiSquare(alpha / 2, df), control);
        return new Interval(lower, upper);
    }

    /// <summary>Maps a tau² interval to I² (percent) using the typical within-study variance s².</summary>
    public static Interval ToI2(Interval tau2, double typicalVariance) =>
        new(HeterogeneityMeasures.I2FromTau2(tau2.Lower, typicalVariance), HeterogeneityMeasures.I2FromTau2(tau2.Upper, typicalVariance));

    /// <summary>Maps a tau² interval to H² using the typical within-study variance s².</summary>
    public static Interval ToH2(Interval tau2, double typicalVariance) =>
        new(HeterogeneityMeasures.H2FromTau2(tau2.Lower, typicalVariance), HeterogeneityMeasures.H2FromTau2(tau2.Upper, typicalVariance));

    private static double Bound(ModelData data, double target, ConvergenceControl control)
    {
        var fit = data.Fit;
        if (fit.QAt(0).Q <= target)
        {
            return 0;
        }

        var (tau2, _) = IterativeTau2Solver.Solve(t =>
        {
            var (q, ypp) = fit.QAt(t);
            return (q - target, ypp);
        }, fit.TypicalVariance, control, fit.TypicalVariance);
        return tau2;
    }
}
