using System.Collections.Immutable;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Sensitivity;

/// <summary>
/// Cumulative meta-analysis (Lau et al. 1992, doi:10.1056/NEJM199207233270406; Lau, Schmid and Chalmers 1995,
/// doi:10.1016/0895-4356(94)00106-z): the intercept-only model refitted each time one more study is added, in
/// data order or in a given order (e.g. by publication year). Each step fits the first m studies of one array in
/// place (no copies); Paule–Mandel and empirical Bayes start from the previous step's tau². metafor: <c>cumul(rma(yi, vi, ...), order=)</c>.
/// </summary>
public static class CumulativeMetaAnalysis
{
    /// <summary>Adds the studies in <paramref name="order"/> (a permutation of 0 … k − 1), or in data order.</summary>
    /// <param name="yi">Effect sizes (analysis scale).</param>
    /// <param name="vi">Sampling variances, finite and &gt; 0.</param>
    /// <param name="options">Model settings (default: metafor's REML, z, 95%).</param>
    /// <param name="order">Indices of the studies in the order they are added; <see langword="null"/> for data order.</param>
    /// <returns>k steps; step m is the model fitted to the first m + 1 studies of the order.</returns>
    /// <exception cref="ArgumentException">
    /// For invalid yᵢ or vᵢ, or an order that is not a permutation of 0 … k − 1.
    /// </exception>
    public static CumulativeResult Fit(double[] yi, double[] vi, ModelOptions? options = null, IReadOnlyList<int>? order = null)
    {
        options = SensitivityArguments.Check(yi, vi, options);
        var k = yi.Length;
        var sequence = order is null ? Enumerable.Range(0, k).ToArray() : CheckPermutation(order, k);
        var y = new double[k];
        var v = new double[k];
        for (var m = 0; m < k; m++)
        {
            y[m] = yi[sequence[m]];
            v[m] = vi[sequence[m]];
        }

        var fitter = new SubsetFitter(options);
        var warnings = new List<string>();
        var steps = ImmutableArray.CreateBuilder<CumulativeFit>(k);
        var warm = double.NaN;
        for (var m = 0; m < k; m++)
        {
            var fit = fitter.Fit(y, v, m + 1, warm, inference: true);
            SensitivityArguments.NoteConvergence(fit, $"at step {m + 1} (adding study {sequence[m] + 1})", warnings, options);
            warm = fit.Tau2;
            steps.Add(new CumulativeFit(fit, sequence[m]));
        }

        if (options.Test == TestMethod.Knha)
        {
            warnings.Add("HKSJ needs k ≥ 2; the first step (one study) uses the Wald z test.");
        }

        return new CumulativeResult { Steps = steps.MoveToImmutable(), Options = options, Warnings = [.. warnings] };
    }

    /// <summary>
    /// Adds the studies in ascending order of <paramref name="orderBy"/> (e.g. publication year); ties keep their
    /// data order, as R's <c>order()</c>. metafor: <c>cumul(res, order=year)</c>.
    /// </summary>
    /// <param name="yi">Effect sizes (analysis scale).</param>
    /// <param name="vi">Sampling variances, finite and &gt; 0.</param>
    /// <param name="orderBy">One finite sort key per study.</param>
    /// <param name="options">Model settings (default: metafor's REML, z, 95%).</param>
    /// <exception cref="ArgumentException">For invalid data, or keys that are missing or not finite.</exception>
    public static CumulativeResult FitOrderedBy(double[] yi, double[] vi, double[] orderBy, ModelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(orderBy);
        ArgumentNullException.ThrowIfNull(yi);
        if (orderBy.Length != yi.Length)
        {
            throw new ArgumentException($"orderBy has {orderBy.Length} values but there are {yi.Length} studies; they must match.", nameof(orderBy));
        }

        for (var i = 0; i < orderBy.Length; i++)
        {
            if (!double.IsFinite(orderBy[i]))
            {
                throw new ArgumentException($"orderBy[{i}] must be a finite number, got {orderBy[i]}.", nameof(orderBy));
            }
        }

        // OrderBy is a stable sort: ties stay in data order.
        var order = Enumerable.Range(0, yi.Length).OrderBy(i => orderBy[i]).ToArray();
        return Fit(yi, vi, options, order);
    }

    private static int[] CheckPermutation(IReadOnlyList<int> order, int k)
    {
        if (order.Count != k)
        {
            throw new ArgumentException($"order has {order.Count} indices but there are {k} studies; it must list each study once.", nameof(order));
        }

        var seen = new bool[k];
        var result = new int[k];
        for (var m = 0; m < k; m++)
        {
            var i = order[m];
            if (i < 0 || i >= k)
            {
                throw new ArgumentException($"order[{m}] = {i} is not a study index (0 to {k - 1}).", nameof(order));
            }

            if (seen[i])
            {
                throw new ArgumentException($"order[{m}] = {i} lists study {i} a second time; each study must appear once.", nameof(order));
            }

            seen[i] = true;
            result[m] = i;
        }

        return result;
    }
}
