using System.Collections.Immutable;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Sensitivity;

/// <summary>
/// Baujat plot coordinates (Baujat, Mahé, Pignon and Hill 2002, doi:10.1002/sim.1221), generalised to
/// random-effects models as in Viechtbauer (2021, Handbook of Meta-Analysis, ch. 9): each study's squared
/// Pearson residual against the standardised squared change in the pooled estimate when it is left out.
/// metafor: <c>baujat(rma(yi, vi, ...))</c>.
/// </summary>
public static class Baujat
{
    /// <summary>Computes the coordinates of every study.</summary>
    /// <param name="yi">Effect sizes (analysis scale).</param>
    /// <param name="vi">Sampling variances, finite and &gt; 0.</param>
    /// <param name="options">Model settings (default: metafor's REML, z, 95%).</param>
    /// <returns>One point per study, in input order; none for k = 1.</returns>
    /// <exception cref="ArgumentException">For empty or mismatched arrays, non-finite yᵢ, or vᵢ ≤ 0.</exception>
    public static ImmutableArray<BaujatPoint> Compute(double[] yi, double[] vi, ModelOptions? options = null)
    {
        options = SensitivityArguments.Check(yi, vi, options);
        var k = yi.Length;
        if (k == 1)
        {
            return [];
        }

        var full = new SubsetFitter(options).Fit(yi, vi, k, double.NaN, inference: false);
        var deleted = Deletions.Fit(yi, vi, options, full.Tau2);
        var points = ImmutableArray.CreateBuilder<BaujatPoint>(k);
        for (var i = 0; i < k; i++)
        {
            var r = yi[i] - full.Estimate;
            var change = full.Estimate - deleted[i].Estimate;
            var se = deleted[i].StandardError;
            points.Add(new BaujatPoint(i, r * r / (vi[i] + full.Tau2), change * change / (se * se)));
        }

        return points.MoveToImmutable();
    }
}
