using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Estimators;

/// <summary>
/// Sidik–Jonkman: from the crude start value tau₀² = Σ(yᵢ − ȳ)²/k, tau² = tau₀² · Q(tau₀²) / (k − p), where
/// Q(tau₀²) = Σwᵢrᵢ² with wᵢ = 1/(vᵢ + tau₀²) and rᵢ the residuals of the model (Sidik and Jonkman 2005,
/// doi:10.1080/10543400500241536). As in metafor, the start value is the same in meta-regression (p &gt; 1): the
/// variance of the yᵢ around their unweighted mean, not the residual variance of the moderator model.
/// Never negative. SE from the variance of the quadratic form. metafor: <c>method="SJ"</c>.
/// </summary>
public sealed class SidikJonkman : ITau2Estimator
{
    /// <inheritdoc />
    public Tau2Method Method => Tau2Method.SJ;

    /// <inheritdoc />
    public Tau2Estimate Estimate(ModelData data, ConvergenceControl control)
    {
        ArgumentNullException.ThrowIfNull(data);
        var df = data.K - data.P;
        var tau0 = CrudeVariance(data.Yi);
        if (df < 1)
        {
            return new Tau2Estimate(0, null, null);
        }

        if (!(tau0 > 0))
        {
            // All estimates identical: tau₀² = 0 and so tau² = tau₀²·Q/(k − p) = 0; the SE, tau₀²/(k − p)
            // times a finite root, is 0 as well (metafor reports se.tau2 = 0).
            return new Tau2Estimate(0, 0, null);
        }

        var s = data.Fit.At(tau0);
        var tau2 = tau0 * s.Q / df;

        // With the scaled weights wᵢ' = tau₀²·wᵢ, P' = tau₀²·P.
        var scale = tau0 / df;
        var var = 2 * s.TrPVPV + 4 * tau2 * s.TrPVP + 2 * tau2 * tau2 * s.TrPP;
        return new Tau2Estimate(tau2, scale * Math.Sqrt(var), null);
    }

    /// <summary>Σ(yᵢ − ȳ)²/k.</summary>
    private static double CrudeVariance(ReadOnlySpan<double> yi)
    {
        double mean = 0;
        foreach (var y in yi)
        {
            mean += y;
        }

        mean /= yi.Length;
        double sum = 0;
        foreach (var y in yi)
        {
            sum += (y - mean) * (y - mean);
        }

        return sum / yi.Length;
    }
}
