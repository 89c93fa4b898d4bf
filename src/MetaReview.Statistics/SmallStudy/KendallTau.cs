namespace MetaReview.Statistics.SmallStudy;

/// <summary>
/// Kendall's rank correlation (Kendall 1938; tie corrections from Kendall 1970, Rank Correlation Methods, ch. 3–4):
/// the score S, tau-b, the tie-corrected variance of S, and the exact null distribution of the number of
/// concordant pairs (the Mahonian numbers: permutations of n items by number of inversions).
/// </summary>
internal static class KendallTau
{
    public readonly record struct Result(double S, double Tau, double VarianceS, bool HasTies);

    /// <summary>S, tau-b and Var(S) for the pairs (xᵢ, yᵢ). O(n²).</summary>
    public static Result Compute(double[] x, double[] y)
    {
        var n = x.Length;
        double s = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                s += Math.Sign(x[i] - x[j]) * Math.Sign(y[i] - y[j]);
            }
        }

        var (tiesX, t1X, t2X, t3X) = TieSums(x);
        var (tiesY, t1Y, t2Y, t3Y) = TieSums(y);
        var pairs = n * (n - 1) / 2.0;
        var tau = s / Math.Sqrt((pairs - t1X / 2) * (pairs - t1Y / 2));
        double nn = n;
        var variance = (nn * (nn - 1) * (2 * nn + 5) - t2X - t2Y) / 18
            + t1X * t1Y / (2 * nn * (nn - 1))
            + (n > 2 ? t3X * t3Y / (9 * nn * (nn - 1) * (nn - 2)) : 0);
        return new Result(s, tau, variance, tiesX || tiesY);
    }

    /// <summary>
    /// Two-sided exact p-value for tau without ties: with q = round((tau + 1)·n(n − 1)/4) concordant pairs,
    /// 2·P(T ≥ q) when q lies above the null mean n(n − 1)/4, else 2·P(T ≤ q), at most 1 (as R's <c>cor.test</c>).
    /// </summary>
    public static double ExactTwoSidedP(double tau, int n)
    {
        var pairs = n * (n - 1) / 2;
        var q = (int)Math.Round((tau + 1) * pairs / 2, MidpointRounding.ToEven);
        q = Math.Clamp(q, 0, pairs);
        var distribution = ConcordantPairsDistribution(n);
        double tail = 0;
        if (q > pairs / 2.0)
        {
            for (var j = q; j <= pairs; j++)
            {
                tail += distribution[j];
            }
        }
        else
        {
            for (var j = 0; j <= q; j++)
            {
                tail += distribution[j];
            }
        }

        return Math.Min(1, 2 * tail);
    }

    /// <summary>
    /// P(T = j), j = 0 … n(n − 1)/2, for the number of concordant pairs T of a random permutation: the Mahonian
    /// numbers divided by n!, by the recursion pₘ(j) = (1/m)·Σᵢ₌₀^{m−1} pₘ₋₁(j − i), with running sums (O(n³)).
    /// </summary>
    private static double[] ConcordantPairsDistribution(int n)
    {
        var max = n * (n - 1) / 2;
        var p = new double[max + 1];
        var next = new double[max + 1];
        p[0] = 1;
        var top = 0;
        for (var m = 2; m <= n; m++)
        {
            var newTop = top + m - 1;
            double window = 0;
            for (var j = 0; j <= newTop; j++)
            {
                window += j <= top ? p[j] : 0;
                var leaving = j - m;
                if (leaving >= 0 && leaving <= top)
                {
                    window -= p[leaving];
                }

                next[j] = window / m;
            }

            (p, next) = (next, p);
            top = newTop;
        }

        return p;
    }

    /// <summary>Whether there are ties, and Σt(t − 1), Σt(t − 1)(2t + 5), Σt(t − 1)(t − 2) over groups of t tied values.</summary>
    private static (bool Ties, double T1, double T2, double T3) TieSums(double[] values)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        double t1 = 0, t2 = 0, t3 = 0;
        var ties = false;
        var i = 0;
        while (i < sorted.Length)
        {
            var j = i + 1;
            while (j < sorted.Length && sorted[j] == sorted[i])
            {
                j++;
            }

            double t = j - i;
            if (t > 1)
            {
                ties = true;
                t1 += t * (t - 1);
                t2 += t * (t - 1) * (2 * t + 5);
                t3 += t * (t - 1) * (t - 2);
            }

            i = j;
        }

        return (ties, t1, t2, t3);
    }
}
