using MetaReview.Statistics.Internal;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Estimators;

/// <summary>
/// Restricted maximum likelihood (Viechtbauer 2005, doi:10.3102/10769986030003261): the root on [0, ∞) of
/// the REML score y'PPy − tr(P) = 0, found by Fisher scoring with information tr(PP) and a bracketing
/// fallback (<see cref="IterativeTau2Solver"/>). SE = √(2 / tr(PP)). metafor: <c>method="REML"</c>.
/// </summary>
public sealed class RestrictedMaximumLikelihood : ITau2Estimator
{
    /// <inheritdoc />
    public Tau2Method Method => Tau2Method.REML;

    /// <inheritdoc />
    public Tau2Estimate Estimate(ModelData data, ConvergenceControl control)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(control);
        var fit = data.Fit;
        if (data.K - data.P < 1)
        {
            return new Tau2Estimate(0, null, new ConvergenceInfo(true, 0, "none (k ≤ p)", 0));
        }

        var start = new HedgesOlkin().Estimate(data, control).Tau2;
        var (tau2, convergence) = IterativeTau2Solver.Solve(t =>
        {
            var (ypp, trP, trPP) = fit.ScoringAt(t);
            return (ypp - trP, trPP);
        }, start, control, fit.TypicalVariance);
        (tau2, convergence) = IterativeTau2Solver.PreferGlobalMaximum(fit, tau2, convergence, restricted: true);
        var final = fit.At(tau2);
        return new Tau2Estimate(tau2, Math.Sqrt(2 / final.TrPP), convergence);
    }
}
