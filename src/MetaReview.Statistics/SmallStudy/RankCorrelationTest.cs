using MetaReview.Statistics.Internal;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.SmallStudy;

/// <summary>
/// Begg and Mazumdar's rank correlation test for funnel plot asymmetry (Begg and Mazumdar 1994, Biometrics
/// 50:1088, doi:10.2307/2533446): Kendall's tau between the standardised deviates
/// (yᵢ − µ̂)/√(vᵢ − 1/Σwⱼ), µ̂ the fixed-effect estimate, and the variances vᵢ. The p-value is exact (the
/// permutation distribution of Kendall's statistic) for k &lt; 50 without ties and from the tie-corrected normal
/// approximation otherwise — the rule of R's <c>cor.test(method="kendall")</c> that metafor uses. The test does
/// not depend on the model fitted. metafor: <c>ranktest(yi, vi)</c>.
/// </summary>
public static class RankCorrelationTest
{
    /// <summary>Below this k, without ties, the exact p-value is used (R's rule).</summary>
    public const int ExactLimit = 50;

    /// <summary>Runs the test.</summary>
    /// <param name="yi">Effect sizes (analysis scale).</param>
    /// <param name="vi">Sampling variances, finite and &gt; 0.</param>
    /// <param name="exact">
    /// Force the exact (true) or approximate (false) p-value; <see langword="null"/> for R's rule. The exact p-value
    /// ignores ties.
    /// </param>
    /// <exception cref="ArgumentException">For invalid data or fewer than 3 studies.</exception>
    public static RankCorrelationResult Run(double[] yi, double[] vi, bool? exact = null)
    {
        ModelData.Validate(yi, vi);
        var k = yi.Length;
        if (k < 3)
        {
            throw new ArgumentException($"k = {k}: the rank correlation test needs at least 3 studies.", nameof(yi));
        }

        double sw = 0, swy = 0;
        for (var i = 0; i < k; i++)
        {
            sw += 1 / vi[i];
            swy += yi[i] / vi[i];
        }

        var mu = swy / sw;
        var deviates = new double[k];
        for (var i = 0; i < k; i++)
        {
            deviates[i] = (yi[i] - mu) / Math.Sqrt(vi[i] - 1 / sw);
        }

        var kendall = KendallTau.Compute(deviates, vi);
        var warnings = new List<string>();
        SmallStudyNotes.BelowTen(k, warnings);
        var useExact = exact ?? (k < ExactLimit && !kendall.HasTies);
        if (useExact)
        {
            return new RankCorrelationResult
            {
                K = k,
                Tau = kendall.Tau,
                S = kendall.S,
                PValue = KendallTau.ExactTwoSidedP(kendall.Tau, k),
                Exact = true,
                Warnings = [.. warnings],
            };
        }

        if (kendall.HasTies)
        {
            warnings.Add("There are ties among the deviates or the variances: tau-b and the tie-corrected variance of S are used.");
        }

        var z = kendall.S / Math.Sqrt(kendall.VarianceS);
        return new RankCorrelationResult
        {
            K = k,
            Tau = kendall.Tau,
            S = kendall.S,
            Statistic = z,
            PValue = Quantiles.TwoSidedNormalP(z),
            Exact = false,
            Warnings = [.. warnings],
        };
    }
}
