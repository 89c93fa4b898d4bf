using System.Collections.Immutable;
using MetaReview.Reporting.Plots.Diagnostics;

namespace MetaReview.Reporting.Tests.Plots.Diagnostics;

/// <summary>
/// The fixed-effect model fitted to every non-empty subset of k studies (metafor <c>gosh(rma(yi, vi, method="FE"))</c>),
/// in closed form: estimate Σwy/Σw and Q = Σwy² − (Σwy)²/Σw with w = 1/v, I² = max(0, (Q − (k − 1))/Q)·100
/// (0 for one study). Subsets are visited in Gray-code order, so each differs from the last by one study and the
/// three sums are updated in O(1): 2^20 subsets take milliseconds. Checked against metafor's gosh() in
/// GoshPlotTests; the subsets come out in another order than metafor's, which a scatter plot does not see.
/// </summary>
internal static class FixedEffectSubsets
{
    public static GoshPoints All(IReadOnlyList<double> yi, IReadOnlyList<double> vi)
    {
        var k = yi.Count;
        var count = (1 << k) - 1;
        var estimates = new double[count];
        var i2 = new double[count];
        double sw = 0, swy = 0, swy2 = 0;
        var size = 0;
        var included = new bool[k];
        for (var g = 1; g <= count; g++)
        {
            // Gray code g ^ (g >> 1) differs from the previous one in the lowest set bit of g.
            var study = System.Numerics.BitOperations.TrailingZeroCount(g);
            var sign = included[study] ? -1 : 1;
            included[study] = !included[study];
            size += sign;
            var w = 1 / vi[study];
            sw += sign * w;
            swy += sign * w * yi[study];
            swy2 += sign * w * yi[study] * yi[study];
            var q = Math.Max(0, swy2 - swy * swy / sw);
            estimates[g - 1] = swy / sw;
            i2[g - 1] = size > 1 && q > 0 ? Math.Max(0, (q - (size - 1)) / q) * 100 : 0;
        }

        return new GoshPoints(ImmutableArray.Create(estimates), ImmutableArray.Create(i2));
    }
}
