using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Estimators;

/// <summary>
/// Hedges' unweighted method-of-moments estimator ("HE"): tau² = max(0, (RSS − tr(PV)) / (k − p)) with
/// RSS and P from the ordinary least-squares fit; for p = 1 this is the sample variance of the yᵢ minus the
/// mean of the vᵢ (Hedges and Olkin 1985). SE = √(2·tr(PVPV) + 4·tau²·tr(PV) + 2·tau⁴·(k − p)) / (k − p).
/// metafor: <c>method="HE"</c>.
/// </summary>
public sealed class HedgesOlkin : ITau2Estimator
{
    /// <inheritdoc />
    public Tau2Method Method => Tau2Method.HE;

    /// <inheritdoc />
    public Tau2Estimate Estimate(ModelData data, ConvergenceControl control)
    {
        ArgumentNullException.ThrowIfNull(data);
        var ols = data.Fit.Ols();
        var df = data.K - data.P;
        if (df < 1)
        {
            return new Tau2Estimate(0, null, null);
        }

        var tau2 = Math.Max(0, (ols.Rss - ols.TrPV) / df);
        var se = Math.Sqrt(2 * ols.TrPVPV + 4 * tau2 * ols.TrPV + 2 * tau2 * tau2 * df) / df;
        return new Tau2Estimate(tau2, se, null);
    }
}
