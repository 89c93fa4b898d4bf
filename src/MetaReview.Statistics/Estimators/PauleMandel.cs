using MetaReview.Statistics.Internal;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Estimators;

/// <summary>
/// Paule–Mandel (Paule and Mandel 1982; DerSimonian and Kacker 2007, doi:10.1016/j.cct.2006.04.004): the
/// tau² at which the generalised Q statistic Σwᵢ(tau²)·rᵢ² equals its expectation k − p, or 0 when
/// Q(0) &lt; k − p. Q is decreasing in tau², with derivative −y'PPy, so Newton steps with a bracket
/// converge to the unique root. SE = (k/(k − p))·√(2(k − p)) / Σwᵢ, as metafor reports it.
/// metafor: <c>method="PM"</c>.
/// </summary>
public sealed class PauleMandel : ITau2Estimator
{
    /// <inheritdoc />
    public Tau2Method Method => Tau2Method.PM;

    /// <inheritdoc />
    public Tau2Estimate Estimate(ModelData data, ConvergenceControl control) => Solve(data, control);

    internal static Tau2Estimate Solve(ModelData data, ConvergenceControl control)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(control);
        var fit = data.Fit;
        var df = data.K - data.P;
        if (df < 1)
        {
            return new Tau2Estimate(0, null, new ConvergenceInfo(true, 0, "none (k ≤ p)", 0));
        }

        var start = new DerSimonianLaird().Estimate(data, control).Tau2;
        var (tau2, convergence) = IterativeTau2Solver.Solve(t =>
        {
            var s = fit.At(t);
            return (s.Q - df, s.YPPy);
        }, start, control, fit.TypicalVariance);
        var final = fit.At(tau2);
        var k = (double)data.K;
        return new Tau2Estimate(tau2, k / df * Math.Sqrt(2.0 * df) / final.SumW, convergence);
    }
}
