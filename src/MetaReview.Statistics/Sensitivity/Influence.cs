using System.Collections.Immutable;
using MetaReview.Statistics.Internal;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Sensitivity;

/// <summary>
/// Case-deletion diagnostics for the intercept-only model (Viechtbauer and Cheung 2010, doi:10.1002/jrsm.11;
/// Belsley, Kuh and Welsch 1980 for DFFITS, DFBETAS and the covariance ratio; Cook 1977): externally
/// studentized residuals, DFFITS, Cook's distance, covariance ratio, tau² and Q without each study, hat values,
/// weights, DFBETAS, and metafor's rule for flagging a study as influential. Under HKSJ every deleted fit
/// scales its variances by its own s² = Σwⱼ(yⱼ − µ̂)²/(k − 2), as metafor does.
/// metafor: <c>influence(rma(yi, vi, ...))</c>.
/// </summary>
public static class Influence
{
    /// <summary>Computes the diagnostics of every study.</summary>
    /// <param name="yi">Effect sizes (analysis scale).</param>
    /// <param name="vi">Sampling variances, finite and &gt; 0.</param>
    /// <param name="options">Model settings (default: metafor's REML, z, 95%).</param>
    /// <returns>One row per study; for k = 1 no rows and a note.</returns>
    /// <exception cref="ArgumentException">For empty or mismatched arrays, non-finite yᵢ, or vᵢ ≤ 0.</exception>
    public static InfluenceResult Compute(double[] yi, double[] vi, ModelOptions? options = null)
    {
        options = SensitivityArguments.Check(yi, vi, options);
        var k = yi.Length;
        var warnings = new List<string>();
        if (k == 1)
        {
            warnings.Add("k = 1: influence diagnostics need at least two studies.");
            return new InfluenceResult { Studies = [], K = k, Options = options, Warnings = [.. warnings] };
        }

        var full = new SubsetFitter(options).Fit(yi, vi, k, double.NaN, inference: true);
        var deleted = Deletions.Fit(yi, vi, options, full.Tau2);
        var variance = full.StandardError * full.StandardError;
        var dffitsCut = 3 * Math.Sqrt(1.0 / (k - 1));
        var hatCut = 3.0 / k;
        var rows = ImmutableArray.CreateBuilder<StudyInfluence>(k);
        for (var i = 0; i < k; i++)
        {
            var d = deleted[i];
            SensitivityArguments.NoteConvergence(d, $"without study {i + 1}", warnings, options);
            var t = d.Tau2;
            var hat = 1 / (vi[i] + full.Tau2) / full.SumW;
            var change = full.Estimate - d.Estimate;
            var dffits = change / Math.Sqrt(d.Scale * hat * (t + vi[i]));
            var cook = change * change / variance;
            var sumAll = d.SumW + 1 / (vi[i] + t);
            var dfbetas = change / Math.Sqrt(d.Scale / sumAll);
            rows.Add(new StudyInfluence
            {
                Study = i,
                RStudent = (yi[i] - d.Estimate) / Math.Sqrt(d.Scale * (vi[i] + t + 1 / d.SumW)),
                Dffits = dffits,
                CookD = cook,
                CovR = d.StandardError * d.StandardError / variance,
                Tau2Del = t,
                QeDel = d.Q,
                Hat = hat,
                WeightPercent = 100 * hat,
                Dfbetas = dfbetas,
                Influential = Math.Abs(dffits) > dffitsCut || ChiSquareCdf(cook) > 0.5 || hat > hatCut || Math.Abs(dfbetas) > 1,
            });
        }

        return new InfluenceResult { Studies = rows.MoveToImmutable(), K = k, Options = options, Warnings = [.. warnings] };
    }

    /// <summary>P(χ²₁ ≤ x).</summary>
    private static double ChiSquareCdf(double x) => 1 - Quantiles.ChiSquareUpperP(x, 1);
}
