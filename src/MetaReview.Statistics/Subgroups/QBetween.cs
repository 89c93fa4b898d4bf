using MetaReview.Statistics.Heterogeneity;
using MetaReview.Statistics.Internal;

namespace MetaReview.Statistics.Subgroups;

/// <summary>
/// The test for subgroup differences as RevMan reports it: Cochran's Q among the G subgroup estimates, treated as
/// fixed with weights 1/SEᵍ² (the Wald SEs of the subgroup models), df = G − 1, and its I² (Deeks, Altman and Bradburn
/// 2001; Cochrane Handbook 10.11.3). metafor: <c>rma(estimates, sei=se, method="FE")</c> (QE, QEp, I2).
/// JSON <c>q_between {q, df, p_value}</c>.
/// </summary>
/// <param name="Q">Q between subgroups.</param>
/// <param name="Df">G − 1.</param>
/// <param name="PValue">χ²(G − 1) upper-tail p-value.</param>
/// <param name="I2">100·max(0, (Q − df)/Q), in percent.</param>
public sealed record QBetween(double Q, int Df, double PValue, double I2)
{
    /// <summary>The test from the subgroup estimates and their standard errors on the analysis scale (weights 1/SE²).</summary>
    /// <exception cref="ArgumentException">Fewer than two subgroups, lengths differ, or a standard error is not positive.</exception>
    public static QBetween FromEstimates(IReadOnlyList<double> estimates, IReadOnlyList<double> standardErrors)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        ArgumentNullException.ThrowIfNull(standardErrors);
        if (standardErrors.Count != estimates.Count)
        {
            throw new ArgumentException($"{estimates.Count} estimates but {standardErrors.Count} standard errors.", nameof(standardErrors));
        }

        var weights = new double[estimates.Count];
        for (var g = 0; g < weights.Length; g++)
        {
            var se = standardErrors[g];
            if (!(se > 0) || double.IsInfinity(se))
            {
                throw new ArgumentException($"Subgroup {g + 1}: the standard error must be positive and finite, got {se}.", nameof(standardErrors));
            }

            weights[g] = 1 / (se * se);
        }

        return FromWeights(estimates, weights);
    }

    /// <summary>The test from the subgroup estimates and their weights (1/SE²).</summary>
    /// <exception cref="ArgumentException">Fewer than two subgroups.</exception>
    public static QBetween FromWeights(IReadOnlyList<double> estimates, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        ArgumentNullException.ThrowIfNull(weights);
        if (estimates.Count < 2)
        {
            throw new ArgumentException($"A test for subgroup differences needs at least two subgroups, got {estimates.Count}.", nameof(estimates));
        }

        double sw = 0, swy = 0;
        for (var g = 0; g < estimates.Count; g++)
        {
            sw += weights[g];
            swy += weights[g] * estimates[g];
        }

        var mean = swy / sw;
        double q = 0;
        for (var g = 0; g < estimates.Count; g++)
        {
            var d = estimates[g] - mean;
            q += weights[g] * d * d;
        }

        var df = estimates.Count - 1;
        return new QBetween(q, df, Quantiles.ChiSquareUpperP(q, df), HeterogeneityMeasures.I2FromQ(q, df));
    }
}
