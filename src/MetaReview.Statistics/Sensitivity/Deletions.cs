using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Sensitivity;

/// <summary>
/// The model refitted without each study in turn: the work behind leave-one-out, influence diagnostics and
/// Baujat coordinates. Each refit copies the other k − 1 studies into per-thread buffers (O(k), no allocation);
/// Paule–Mandel and empirical Bayes start from the full-data tau² (see <see cref="SubsetFitter"/> for why REML and
/// ML do not). Large k runs the refits on all cores.
/// </summary>
internal static class Deletions
{
    /// <summary>Below this many element operations (k²) one thread is faster than scheduling work.</summary>
    private const int ParallelThreshold = 64 * 64;

    public static SubsetSummary[] Fit(double[] yi, double[] vi, ModelOptions options, double warmStart)
    {
        var k = yi.Length;
        var results = new SubsetSummary[k];
        if (k < 2)
        {
            return [];
        }

        if (k * k < ParallelThreshold)
        {
            var fitter = new SubsetFitter(options);
            var y = new double[k - 1];
            var v = new double[k - 1];
            for (var i = 0; i < k; i++)
            {
                results[i] = FitWithout(i, yi, vi, y, v, fitter, warmStart);
            }

            return results;
        }

        Parallel.For(0, k,
            () => (Fitter: new SubsetFitter(options), Y: new double[k - 1], V: new double[k - 1]),
            (i, _, local) =>
            {
                results[i] = FitWithout(i, yi, vi, local.Y, local.V, local.Fitter, warmStart);
                return local;
            },
            _ => { });
        return results;
    }

    private static SubsetSummary FitWithout(int i, double[] yi, double[] vi, double[] y, double[] v, SubsetFitter fitter, double warmStart)
    {
        var k = yi.Length;
        Array.Copy(yi, 0, y, 0, i);
        Array.Copy(yi, i + 1, y, i, k - i - 1);
        Array.Copy(vi, 0, v, 0, i);
        Array.Copy(vi, i + 1, v, i, k - i - 1);
        return fitter.Fit(y, v, k - 1, warmStart, inference: true);
    }
}
