using MetaReview.Statistics.Internal;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Estimators;

/// <summary>
/// Maximum likelihood (Hardy and Thompson 1996, doi:10.1002/(SICI)1097-0258(19960330)15:6&lt;619::AID-SIM188&gt;3.0.CO;2-A):
/// the root on [0, ∞) of y'PPy − Σwᵢ = 0 by Fisher scoring with information Σwᵢ² and a bracketing
/// fallback. SE = √(2 / Σwᵢ²). metafor: <c>method="ML"</c>.
/// </summary>
public sealed class MaximumLikelihood : ITau2Estimator
{
    /// <inheritdoc />
    public Tau2Method Method => Tau2Method.ML;

    /// <inheritdoc />
    public Tau2Estimate Estimate(ModelData data, ConvergenceControl control)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(control);
        var fit = data.Fit;
        var start = new HedgesOlkin().Estimate(data, control).Tau2;
        var (tau2, convergence) = IterativeTau2Solver.Solve(t =>
        {
            var s = fit.At(t);
            return (s.YPPy - s.SumW, s.SumW2);
        }, start, control, fit.TypicalVariance);
        (tau2, convergence) = IterativeTau2Solver.PreferGlobalMaximum(fit, tau2, convergence, restricted: false);
        var final = fit.At(tau2);
        return new Tau2Estimate(tau2, Math.Sqrt(2 / final.SumW2), convergence);
    }
}
