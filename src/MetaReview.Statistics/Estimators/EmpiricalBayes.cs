using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Estimators;

/// <summary>
/// Empirical Bayes (Morris 1983; Berkey et al. 1995, doi:10.1002/sim.4780140406): the fixed point of
/// tau² = Σwᵢ[(k/(k − p))·rᵢ² − vᵢ] / Σwᵢ. Because wᵢ(vᵢ + tau²) = 1, the fixed point satisfies
/// Σwᵢrᵢ² = k − p, the Paule–Mandel equation, so both estimators converge to the same value
/// (Viechtbauer et al. 2015); MetaReview solves that equation with the same safeguarded iteration.
/// metafor: <c>method="EB"</c>.
/// </summary>
public sealed class EmpiricalBayes : ITau2Estimator
{
    /// <inheritdoc />
    public Tau2Method Method => Tau2Method.EB;

    /// <inheritdoc />
    public Tau2Estimate Estimate(ModelData data, ConvergenceControl control) => PauleMandel.Solve(data, control);
}
