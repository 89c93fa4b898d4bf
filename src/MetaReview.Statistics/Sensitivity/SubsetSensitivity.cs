using System.Collections.Immutable;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Sensitivity;

/// <summary>
/// Sensitivity analysis restricted to the studies selected by a mask, e.g. only those at low risk of bias
/// (Cochrane Handbook §10.14): the full model (with Q-profile intervals and prediction interval) fitted to the
/// subset and to all studies. metafor: <c>rma(yi, vi, subset=include)</c> next to <c>rma(yi, vi)</c>.
/// </summary>
public static class SubsetSensitivity
{
    /// <summary>Fits the model to the studies with <c>include[i]</c> true, and to all studies.</summary>
    /// <param name="yi">Effect sizes (analysis scale).</param>
    /// <param name="vi">Sampling variances, finite and &gt; 0.</param>
    /// <param name="include">One flag per study: true to keep it.</param>
    /// <param name="options">Model settings (default: metafor's REML, z, 95%).</param>
    /// <exception cref="ArgumentException">
    /// For invalid data, a mask of the wrong length, or a mask that keeps no study.
    /// </exception>
    public static SubsetSensitivityResult Fit(double[] yi, double[] vi, bool[] include, ModelOptions? options = null)
    {
        options = SensitivityArguments.Check(yi, vi, options);
        ArgumentNullException.ThrowIfNull(include);
        if (include.Length != yi.Length)
        {
            throw new ArgumentException($"include has {include.Length} flags but there are {yi.Length} studies; they must match.", nameof(include));
        }

        var kept = ImmutableArray.CreateBuilder<int>();
        var dropped = ImmutableArray.CreateBuilder<int>();
        for (var i = 0; i < include.Length; i++)
        {
            (include[i] ? kept : dropped).Add(i);
        }

        if (kept.Count == 0)
        {
            throw new ArgumentException("include keeps no study; at least one must be true.", nameof(include));
        }

        var y = kept.Select(i => yi[i]).ToArray();
        var v = kept.Select(i => vi[i]).ToArray();
        return new SubsetSensitivityResult
        {
            Included = kept.ToImmutable(),
            Excluded = dropped.ToImmutable(),
            Subset = InverseVariance.Fit(y, v, options),
            All = InverseVariance.Fit(yi, vi, options),
        };
    }
}
