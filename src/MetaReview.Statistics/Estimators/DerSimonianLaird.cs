using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Estimators;

/// <summary>
/// DerSimonian–Laird: tau² = max(0, (Q − (k − p)) / tr(P)) with Q and P from the fixed-effect fit
/// (DerSimonian and Laird 1986, doi:10.1016/0197-2456(86)90046-2). For p = 1, tr(P) = Σw − Σw²/Σw.
/// SE from the variance of the quadratic form Q: √(2(k−p) + 4·tau²·tr(P) + 2·tau⁴·tr(PP)) / tr(P).
/// metafor: <c>rma(yi, vi, method="DL")</c>.
/// </summary>
public sealed class DerSimonianLaird : ITau2Estimator
{
    /// <inheritdoc />
    public Tau2Method Method => Tau2Method.DL;

    /// <inheritdoc />
    public Tau2Estimate Estimate(ModelData data, ConvergenceControl control)
    {
        ArgumentNullException.ThrowIfNull(data);
        var fe = data.Fit.At(0);
        var df = data.K - data.P;
        if (df < 1)
        {
            // k ≤ p: Q has no degrees of freedom and tr(P) = 0, so (Q − df)/tr(P) is 0/0.
            return new Tau2Estimate(0, null, null);
        }

        var tau2 = Math.Max(0, (fe.Q - df) / fe.TrP);
        return new Tau2Estimate(tau2, MomentStandardError(fe, df, tau2) / fe.TrP, null);
    }

    /// <summary>√Var(Q) for Q computed with fixed-effect weights when the true heterogeneity is tau².</summary>
    internal static double MomentStandardError(Internal.WlsSummary fe, int df, double tau2) =>
        Math.Sqrt(2 * df + 4 * tau2 * fe.TrP + 2 * tau2 * tau2 * fe.TrPP);
}
