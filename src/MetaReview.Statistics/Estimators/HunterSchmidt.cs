using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Estimators;

/// <summary>
/// Hunter–Schmidt: tau² = max(0, (Q − k) / Σwᵢ) with fixed-effect weights (Hunter and Schmidt 2004;
/// Viechtbauer 2005, doi:10.3102/10769986030003261). SE = √Var(Q) / Σwᵢ. metafor: <c>method="HS"</c>.
/// </summary>
public sealed class HunterSchmidt : ITau2Estimator
{
    /// <inheritdoc />
    public Tau2Method Method => Tau2Method.HS;

    /// <inheritdoc />
    public Tau2Estimate Estimate(ModelData data, ConvergenceControl control)
    {
        ArgumentNullException.ThrowIfNull(data);
        var fe = data.Fit.At(0);
        if (data.K - data.P < 1)
        {
            return new Tau2Estimate(0, null, null);
        }

        var tau2 = Math.Max(0, (fe.Q - data.K) / fe.SumW);
        return new Tau2Estimate(tau2, DerSimonianLaird.MomentStandardError(fe, data.K - data.P, tau2) / fe.SumW, null);
    }
}
