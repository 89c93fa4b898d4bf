using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Statistics.Models;

/// <summary>
/// The Mantel–Haenszel estimators and their variances. Sums run over the tables given; a table whose terms are all
/// zero (a double-zero study for OR and RR) contributes nothing. The estimate is on the analysis scale (log for OR and
/// RR) and is not finite when the estimator is not defined (e.g. no events in one arm of every study).
/// </summary>
internal static class MantelHaenszelPooling
{
    /// <summary>
    /// The MH estimate from <paramref name="estimate"/> and its variance from <paramref name="variance"/> (the same
    /// tables, except under RevMan 5's RD, whose variance uses the corrected tables).
    /// </summary>
    public static (double Estimate, double Variance) Pool(EffectMeasure measure, ReadOnlySpan<MantelHaenszelTable> estimate,
        ReadOnlySpan<MantelHaenszelTable> variance, MantelHaenszelRdVariance rdVariance) => measure switch
        {
            EffectMeasure.OR => OddsRatio(estimate),
            EffectMeasure.RR => RiskRatio(estimate),
            EffectMeasure.RD => RiskDifference(estimate, variance, rdVariance),
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Mantel–Haenszel pools RR, OR or RD."),
        };

    /// <summary>The MH weight of one table: bc/N (OR), cn₁/N (RR), n₁n₂/N (RD).</summary>
    public static double Weight(EffectMeasure measure, MantelHaenszelTable t) => measure switch
    {
        EffectMeasure.OR => t.B * t.C / t.N,
        EffectMeasure.RR => t.C * t.N1 / t.N,
        _ => t.N1 * t.N2 / t.N,
    };

    /// <summary>
    /// ln OR_MH = ln(ΣRᵢ/ΣSᵢ), Rᵢ = aᵢdᵢ/Nᵢ, Sᵢ = bᵢcᵢ/Nᵢ, with the Robins–Breslow–Greenland variance
    /// ΣPᵢRᵢ/(2R²) + Σ(PᵢSᵢ + QᵢRᵢ)/(2RS) + ΣQᵢSᵢ/(2S²), Pᵢ = (aᵢ + dᵢ)/Nᵢ, Qᵢ = (bᵢ + cᵢ)/Nᵢ
    /// (Robins, Breslow and Greenland 1986, doi:10.2307/2531052).
    /// </summary>
    private static (double, double) OddsRatio(ReadOnlySpan<MantelHaenszelTable> tables)
    {
        double r = 0, s = 0, pr = 0, psqr = 0, qs = 0;
        foreach (var t in tables)
        {
            var n = t.N;
            var ri = t.A * t.D / n;
            var si = t.B * t.C / n;
            var pi = (t.A + t.D) / n;
            var qi = (t.B + t.C) / n;
            r += ri;
            s += si;
            pr += pi * ri;
            psqr += pi * si + qi * ri;
            qs += qi * si;
        }

        return (Math.Log(r / s), pr / (2 * r * r) + psqr / (2 * r * s) + qs / (2 * s * s));
    }

    /// <summary>
    /// ln RR_MH = ln(ΣRᵢ/ΣSᵢ), Rᵢ = aᵢn₂ᵢ/Nᵢ, Sᵢ = cᵢn₁ᵢ/Nᵢ, with the Greenland–Robins variance ΣPᵢ/(RS),
    /// Pᵢ = (n₁ᵢn₂ᵢm₁ᵢ − aᵢcᵢNᵢ)/Nᵢ² (Greenland and Robins 1985, doi:10.2307/2530643).
    /// </summary>
    private static (double, double) RiskRatio(ReadOnlySpan<MantelHaenszelTable> tables)
    {
        double r = 0, s = 0, p = 0;
        foreach (var t in tables)
        {
            var n = t.N;
            r += t.A * t.N2 / n;
            s += t.C * t.N1 / n;
            p += (t.N1 * t.N2 * t.M1 - t.A * t.C * n) / (n * n);
        }

        return (Math.Log(r / s), p / (r * s));
    }

    /// <summary>RD_MH = Σ(aᵢn₂ᵢ − cᵢn₁ᵢ)/Nᵢ / W, W = Σn₁ᵢn₂ᵢ/Nᵢ; the variance per <see cref="MantelHaenszelRdVariance"/>.</summary>
    private static (double, double) RiskDifference(ReadOnlySpan<MantelHaenszelTable> estimate, ReadOnlySpan<MantelHaenszelTable> variance,
        MantelHaenszelRdVariance method)
    {
        double num = 0, w = 0;
        foreach (var t in estimate)
        {
            num += (t.A * t.N2 - t.C * t.N1) / t.N;
            w += t.N1 * t.N2 / t.N;
        }

        var rd = num / w;
        double wv = 0, sumP = 0, sumQ = 0, j = 0;
        foreach (var t in variance)
        {
            double n = t.N, n1 = t.N1, n2 = t.N2;
            wv += n1 * n2 / n;
            if (method == MantelHaenszelRdVariance.SatoGreenlandRobins)
            {
                sumP += (n1 * n1 * t.C - n2 * n2 * t.A + n1 * n2 * (n2 - n1) / 2) / (n * n);
                sumQ += (t.A * (n2 - t.C) + t.C * (n1 - t.A)) / (2 * n);
            }
            else
            {
                j += (t.A * t.B * n2 * n2 * n2 + t.C * t.D * n1 * n1 * n1) / (n1 * n2 * n * n);
            }
        }

        var v = method == MantelHaenszelRdVariance.SatoGreenlandRobins ? (rd * sumP + sumQ) / (wv * wv) : j / (wv * wv);
        return (rd, v);
    }
}
