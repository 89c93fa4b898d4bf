using System.Collections.Immutable;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Sensitivity;

/// <summary>
/// Leave-one-out analysis: the intercept-only model refitted without each study in turn (Viechtbauer and
/// Cheung 2010, doi:10.1002/jrsm.11). Every fit uses the same model settings as the full analysis (fixed or
/// random effects, tau² estimator, z or HKSJ, level, I² basis). metafor: <c>leave1out(rma(yi, vi, ...))</c>.
/// <para>
/// O(k) memory and O(k²·iterations) time, on all cores for large k, without allocating per refit.
/// </para>
/// </summary>
public static class LeaveOneOut
{
    /// <summary>Fits the model k times, each time without one study.</summary>
    /// <param name="yi">Effect sizes (analysis scale).</param>
    /// <param name="vi">Sampling variances, finite and &gt; 0.</param>
    /// <param name="options">Model settings (default: metafor's REML, z, 95%).</param>
    /// <returns>One fit per study; for k = 1 no fits and a note.</returns>
    /// <exception cref="ArgumentException">For empty or mismatched arrays, non-finite yᵢ, or vᵢ ≤ 0.</exception>
    public static LeaveOneOutResult Fit(double[] yi, double[] vi, ModelOptions? options = null)
    {
        options = SensitivityArguments.Check(yi, vi, options);
        var warnings = new List<string>();
        var k = yi.Length;
        if (k == 1)
        {
            warnings.Add("k = 1: there is no study to leave out.");
            return new LeaveOneOutResult { Fits = [], Options = options, Warnings = [.. warnings] };
        }

        var full = new SubsetFitter(options).Fit(yi, vi, k, double.NaN, inference: false);
        var fits = Deletions.Fit(yi, vi, options, full.Tau2);
        var rows = ImmutableArray.CreateBuilder<LeaveOneOutFit>(k);
        for (var i = 0; i < k; i++)
        {
            SensitivityArguments.NoteConvergence(fits[i], $"without study {i + 1}", warnings, options);
            rows.Add(new LeaveOneOutFit(fits[i], i));
        }

        if (k == 2 && options.Test == TestMethod.Knha)
        {
            warnings.Add("HKSJ needs k ≥ 2; with one study left each fit uses the Wald z test.");
        }

        return new LeaveOneOutResult { Fits = rows.MoveToImmutable(), Options = options, Warnings = [.. warnings] };
    }
}
