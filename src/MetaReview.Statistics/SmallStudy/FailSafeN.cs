using MetaReview.Statistics.Internal;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.SmallStudy;

/// <summary>
/// Fail-safe N (file-drawer analysis) by three methods, with zᵢ = yᵢ/√vᵢ and wᵢ = 1/vᵢ:
/// <list type="bullet">
/// <item>Rosenthal (1979, Psychol Bull 86:638, doi:10.1037/0033-2909.86.3.638): N = (Σzᵢ/z₁₋α)² − k, the number of
/// null studies that bring Stouffer's Σzᵢ/√(k + N) down to the one-sided critical value.</item>
/// <item>Orwin (1983, J Educ Stat 8:157, doi:10.3102/10769986008002157): N = k·(ȳ − target)/target, the number of
/// zero-effect studies that bring the average ȳ (plain, or inverse-variance weighted) down to the target.</item>
/// <item>Rosenberg (2005, Evolution 59:464, doi:10.1111/j.0014-3820.2005.tb01004.x): N = k·(Σwᵢyᵢ)²/(z²₁₋α/₂·Σwᵢ) − k,
/// the number of null studies of average weight that make the fixed-effect z test non-significant (normal, not
/// t, as metafor).</item>
/// </list>
/// Each N is rounded up, and is 0 when the observed result is already not significant (or not above the target).
/// metafor: <c>fsn(yi, vi, type="Rosenthal" | "Orwin" | "Rosenberg", alpha=, target=, weighted=)</c>.
/// </summary>
public static class FailSafeN
{
    /// <summary>Computes the three fail-safe numbers.</summary>
    /// <param name="yi">Effect sizes (analysis scale).</param>
    /// <param name="vi">Sampling variances, finite and &gt; 0.</param>
    /// <param name="options">Alpha, Orwin's target and weighting.</param>
    /// <exception cref="ArgumentException">For invalid data.</exception>
    /// <exception cref="ArgumentOutOfRangeException">For alpha outside (0, 1) or a target that is 0 or not finite.</exception>
    public static FailSafeNResult Compute(double[] yi, double[] vi, FailSafeNOptions? options = null)
    {
        ModelData.Validate(yi, vi);
        options ??= new FailSafeNOptions();
        var alpha = options.Alpha;
        if (!(alpha > 0 && alpha < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), alpha, "Alpha must be between 0 and 1 (e.g. 0.05).");
        }

        if (options.OrwinTarget is { } given && !(given != 0 && double.IsFinite(given)))
        {
            throw new ArgumentOutOfRangeException(nameof(options), given, "Orwin's target must be a finite number other than 0.");
        }

        var k = yi.Length;
        var warnings = new List<string>();
        SmallStudyNotes.BelowTen(k, warnings);
        double sumZ = 0, sw = 0, swy = 0, sy = 0;
        for (var i = 0; i < k; i++)
        {
            sumZ += yi[i] / Math.Sqrt(vi[i]);
            sw += 1 / vi[i];
            swy += yi[i] / vi[i];
            sy += yi[i];
        }

        // Rosenthal: one-sided Stouffer test.
        var stouffer = sumZ / Math.Sqrt(k);
        var rosenthalP = Quantiles.TwoSidedNormalP(stouffer) / 2;
        var zOne = Quantiles.Normal(1 - alpha);
        var rosenthal = rosenthalP >= alpha ? 0 : RoundUp(sumZ * sumZ / (zOne * zOne) - k);

        // Orwin.
        var mean = options.OrwinWeighted ? swy / sw : sy / k;
        var target = options.OrwinTarget ?? mean / 2;
        if (Math.Sign(target) != Math.Sign(mean) && mean != 0)
        {
            warnings.Add($"Orwin's target {target.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)} has the opposite sign to the average effect; its sign is flipped.");
            target = -target;
        }

        // k·(ȳ/target − 1): with the default target ȳ/2 this is exactly k (k·(ȳ − target)/target can round up to k + 1).
        var orwin = Math.Abs(mean) <= Math.Abs(target) ? 0 : RoundUp(k * (mean / target - 1));

        // Rosenberg: fixed-effect z test, two-sided.
        var fixedEffect = swy / sw;
        var z = swy / Math.Sqrt(sw);
        var rosenbergP = Quantiles.TwoSidedNormalP(z);
        var zTwo = Quantiles.Normal(1 - alpha / 2);
        var rosenberg = rosenbergP >= alpha ? 0 : RoundUp(k * swy * swy / (zTwo * zTwo * sw) - k);
        if (rosenthalP >= alpha || rosenbergP >= alpha)
        {
            warnings.Add("The observed result is not significant at alpha; the fail-safe N of that method is 0.");
        }

        return new FailSafeNResult
        {
            K = k,
            Rosenthal = rosenthal,
            RosenthalP = rosenthalP,
            Orwin = orwin,
            OrwinMean = mean,
            OrwinTarget = target,
            Rosenberg = rosenberg,
            RosenbergP = rosenbergP,
            RosenbergMean = fixedEffect,
            Alpha = alpha,
            Warnings = [.. warnings],
        };
    }

    private static long RoundUp(double n) => (long)Math.Max(0, Math.Ceiling(n));
}
