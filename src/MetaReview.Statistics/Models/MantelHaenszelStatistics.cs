using MetaReview.Statistics.Internal;

namespace MetaReview.Statistics.Models;

/// <summary>The Cochran–Mantel–Haenszel test of no association and Tarone's test of homogeneity of odds ratios.</summary>
internal static class MantelHaenszelStatistics
{
    /// <summary>
    /// CMH = (|Σ(aᵢ − E(aᵢ))| − c)²/ΣVᵢ with c = 0.5 when corrected, else 0, E and V the hypergeometric mean and
    /// variance of aᵢ (Cochran 1954; Mantel and Haenszel 1959); chi-square with 1 df. <see langword="null"/> when
    /// ΣVᵢ = 0 (no table has both events and non-events).
    /// </summary>
    public static TestStatistic? Cmh(ReadOnlySpan<MantelHaenszelTable> tables, bool correct)
    {
        double diff = 0, v = 0;
        foreach (var t in tables)
        {
            var vi = t.HypergeometricVariance;
            if (vi > 0)
            {
                diff += t.A - t.ExpectedA;
                v += vi;
            }
        }

        if (!(v > 0))
        {
            return null;
        }

        var d = Math.Abs(diff) - (correct ? 0.5 : 0);
        var x2 = d * d / v;
        return new TestStatistic(x2, 1, Quantiles.ChiSquareUpperP(x2, 1));
    }

    /// <summary>
    /// Tarone's (1985, doi:10.1093/biomet/72.1.91) test: Σ(aᵢ − Ãᵢ)²/Ṽᵢ − (Σaᵢ − ΣÃᵢ)²/ΣṼᵢ, where Ãᵢ is the
    /// expected count in cell a given the margins and the common odds ratio <paramref name="psi"/> (the root of a
    /// quadratic in the admissible range) and Ṽᵢ = 1/(1/Ãᵢ + 1/B̃ᵢ + 1/C̃ᵢ + 1/D̃ᵢ); chi-square with
    /// (number of tables with Ṽᵢ &gt; 0) − 1 df. Tables with Ṽᵢ = 0 (double zeros) are skipped. <see langword="null"/>
    /// when fewer than two tables are informative or ψ is not finite and positive.
    /// </summary>
    public static TestStatistic? Tarone(ReadOnlySpan<MantelHaenszelTable> tables, double psi)
    {
        if (!(psi > 0) || !double.IsFinite(psi))
        {
            return null;
        }

        double sumSq = 0, sumDiff = 0, sumV = 0;
        var k = 0;
        foreach (var t in tables)
        {
            var a = ExpectedA(t, psi);
            var b = t.N1 - a;
            var c = t.M1 - a;
            var d = t.N2 - c;
            var v = 1 / (1 / a + 1 / b + 1 / c + 1 / d);
            if (!(v > 0) || !double.IsFinite(v))
            {
                continue;
            }

            sumSq += (t.A - a) * (t.A - a) / v;
            sumDiff += t.A - a;
            sumV += v;
            k++;
        }

        if (k < 2)
        {
            return null;
        }

        var x2 = Math.Max(0, sumSq - sumDiff * sumDiff / sumV);
        return new TestStatistic(x2, k - 1, Quantiles.ChiSquareUpperP(x2, k - 1));
    }

    /// <summary>
    /// The a with a(N − n₁ − m₁ + a) = ψ(n₁ − a)(m₁ − a), i.e. (1 − ψ)a² + (N − n₁ − m₁ + ψ(n₁ + m₁))a − ψn₁m₁ = 0,
    /// in [max(0, m₁ − n₂), min(n₁, m₁)].
    /// </summary>
    internal static double ExpectedA(MantelHaenszelTable t, double psi)
    {
        var lower = Math.Max(0, t.M1 - t.N2);
        var upper = Math.Min(t.N1, t.M1);
        if (lower >= upper)
        {
            return lower;
        }

        var qa = 1 - psi;
        var qb = t.N - t.N1 - t.M1 + psi * (t.N1 + t.M1);
        var qc = -psi * t.N1 * t.M1;
        if (Math.Abs(qa) < 1e-12 * Math.Max(1, psi))
        {
            return Math.Clamp(-qc / qb, lower, upper);
        }

        // The numerically stable pair of roots q/qa and qc/q.
        var q = -0.5 * (qb + Math.CopySign(Math.Sqrt(qb * qb - 4 * qa * qc), qb));
        var r1 = q / qa;
        var r2 = qc / q;
        var tol = 1e-9 * Math.Max(1, upper);
        var root = r1 >= lower - tol && r1 <= upper + tol ? r1 : r2;
        return Math.Clamp(root, lower, upper);
    }
}
