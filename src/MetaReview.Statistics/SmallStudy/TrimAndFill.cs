using System.Collections.Immutable;
using MetaReview.Statistics.Models;
using MetaReview.Statistics.Sensitivity;

namespace MetaReview.Statistics.SmallStudy;

/// <summary>
/// Duval and Tweedie's trim-and-fill (2000a, Biometrics 56:455, doi:10.1111/j.0006-341x.2000.00455.x; 2000b, JASA
/// 95:89, doi:10.1080/01621459.2000.10473905). With the missing studies taken to be on the left (the right side is
/// handled by mirroring the data): sort the studies; fit the model without the k₀ rightmost; centre all n studies
/// on that estimate, rank |yᵢ − µ̂| (average ranks for ties) and estimate k₀ again (L₀, R₀ or Q₀, rounded half to
/// even, at least 0); repeat from k₀ = 0 until k₀ no longer changes. Then fill: mirror the k₀ trimmed studies
/// about the last trimmed estimate (yᵢ* = 2µ̂ − yᵢ, same vᵢ) and refit the model to the observed and filled
/// studies. The model is the same at every step (metafor's "equal–equal" / "random–random").
/// metafor: <c>trimfill(rma(yi, vi, ...), side=, estimator=)</c>.
/// </summary>
public static class TrimAndFill
{
    /// <summary>Runs trim-and-fill.</summary>
    /// <param name="yi">Effect sizes (analysis scale).</param>
    /// <param name="vi">Sampling variances, finite and &gt; 0.</param>
    /// <param name="options">Model, estimator, side and iteration limit.</param>
    /// <exception cref="ArgumentException">For invalid data or fewer than 3 studies.</exception>
    /// <exception cref="ArgumentOutOfRangeException">For MaxIterations &lt; 1.</exception>
    public static TrimAndFillResult Run(double[] yi, double[] vi, TrimAndFillOptions? options = null)
    {
        options ??= new TrimAndFillOptions();
        var model = SensitivityArguments.Check(yi, vi, options.Model);
        if (options.MaxIterations < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxIterations, "MaxIterations must be at least 1.");
        }

        var n = yi.Length;
        if (n < 3)
        {
            throw new ArgumentException($"k = {n}: trim-and-fill needs at least 3 studies.", nameof(yi));
        }

        var warnings = new List<string>();
        SmallStudyNotes.BelowTen(n, warnings);
        var side = options.Side ?? ChooseSide(yi, vi, model, warnings);

        // Canonical orientation: missing studies on the left, so the largest values are trimmed.
        var sign = side == FunnelSide.Right ? -1.0 : 1.0;
        var order = Enumerable.Range(0, n).OrderBy(i => sign * yi[i]).ToArray();
        var y = order.Select(i => sign * yi[i]).ToArray();
        var v = order.Select(i => vi[i]).ToArray();

        var fitter = new SubsetFitter(model);
        var ranks = new double[n];
        var byDeviation = new int[n];
        var deviations = new double[n];
        var k0 = 0;
        double center = 0, estimate = 0, t = 0;
        var iterations = 0;
        var converged = false;
        while (iterations < options.MaxIterations)
        {
            iterations++;
            center = fitter.Fit(y, v, n - k0, double.NaN, inference: false).Estimate;
            for (var i = 0; i < n; i++)
            {
                deviations[i] = y[i] - center;
            }

            t = RankSumAbove(deviations, ranks, byDeviation);
            estimate = options.Estimator switch
            {
                TrimAndFillEstimator.L0 => (4 * t - n * (n + 1.0)) / (2 * n - 1.0),
                TrimAndFillEstimator.R0 => RightmostRun(deviations, byDeviation) - 1,
                _ => n - 0.5 - Math.Sqrt(2.0 * n * n - 4 * t + 0.25),
            };
            if (double.IsNaN(estimate))
            {
                throw new ArgumentException($"The Q0 estimator is undefined for these data (2n² − 4Tₙ + ¼ < 0 with n = {n}, Tₙ = {t}); use L0 or R0.", nameof(options));
            }

            var next = (int)Math.Max(0, Math.Round(estimate, MidpointRounding.ToEven));
            if (next > n - 1)
            {
                warnings.Add($"The {options.Estimator} estimate ({next}) would trim every study; k0 is capped at {n - 1}.");
                next = n - 1;
            }

            if (next == k0)
            {
                converged = true;
                break;
            }

            k0 = next;
        }

        if (!converged)
        {
            warnings.Add($"The trim step did not settle within {options.MaxIterations} iterations; the last k0 ({k0}) is used.");
        }

        var filled = ImmutableArray.CreateBuilder<FilledStudy>(k0);
        var allY = new double[n + k0];
        var allV = new double[n + k0];
        Array.Copy(yi, allY, n);
        Array.Copy(vi, allV, n);
        for (var j = 0; j < k0; j++)
        {
            var source = n - k0 + j;
            var mirrored = sign * (2 * center - y[source]);
            filled.Add(new FilledStudy(mirrored, v[source], order[source]));
            allY[n + j] = mirrored;
            allV[n + j] = v[source];
        }

        var (se, p) = K0Uncertainty(options.Estimator, n, k0, estimate, t);
        return new TrimAndFillResult
        {
            K = n,
            K0 = k0,
            Side = side,
            SideGiven = options.Side is not null,
            Estimator = options.Estimator,
            K0Unrounded = estimate,
            K0StandardError = se,
            K0PValue = p,
            TrimmedEstimate = sign * center,
            Filled = filled.MoveToImmutable(),
            Model = InverseVariance.Fit(allY, allV, model),
            Iterations = iterations,
            Warnings = [.. warnings],
        };
    }

    /// <summary>metafor's choice: the side opposite the sign of Egger's meta-regression slope on the standard error.</summary>
    private static FunnelSide ChooseSide(double[] yi, double[] vi, ModelOptions model, List<string> warnings)
    {
        try
        {
            var egger = EggerTest.MixedEffects(yi, vi, model);
            var side = egger.Slope < 0 ? FunnelSide.Right : FunnelSide.Left;
            warnings.Add($"Side chosen from Egger's meta-regression: slope on the standard error {egger.Slope.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)}, so missing studies on the {(side == FunnelSide.Right ? "right" : "left")}.");
            return side;
        }
        catch (ArgumentException)
        {
            warnings.Add("Egger's regression cannot be fitted (all standard errors equal); missing studies are assumed on the left.");
            return FunnelSide.Left;
        }
    }

    /// <summary>
    /// Ranks |dᵢ| (average ranks for ties) into <paramref name="ranks"/>, the indices in ascending |dᵢ| into
    /// <paramref name="byDeviation"/>, and returns Tₙ, the sum of the ranks of the positive dᵢ (Wilcoxon's signed-rank statistic).
    /// </summary>
    private static double RankSumAbove(double[] d, double[] ranks, int[] byDeviation)
    {
        var n = d.Length;
        for (var i = 0; i < n; i++)
        {
            byDeviation[i] = i;
        }

        Array.Sort(byDeviation, (a, b) => Math.Abs(d[a]).CompareTo(Math.Abs(d[b])));
        var i0 = 0;
        while (i0 < n)
        {
            var i1 = i0 + 1;
            while (i1 < n && Math.Abs(d[byDeviation[i1]]) == Math.Abs(d[byDeviation[i0]]))
            {
                i1++;
            }

            var rank = (i0 + 1 + i1) / 2.0;
            for (var j = i0; j < i1; j++)
            {
                ranks[byDeviation[j]] = rank;
            }

            i0 = i1;
        }

        double t = 0;
        for (var i = 0; i < n; i++)
        {
            if (d[i] > 0)
            {
                t += ranks[i];
            }
        }

        return t;
    }

    /// <summary>γ*: how many of the largest |dᵢ| in a row are positive.</summary>
    private static int RightmostRun(double[] d, int[] byDeviation)
    {
        var run = 0;
        for (var j = d.Length - 1; j >= 0 && d[byDeviation[j]] > 0; j--)
        {
            run++;
        }

        return run;
    }

    /// <summary>
    /// Standard error of k₀ and, for R₀, the p-value of k₀ = 0. Var(Tₙ) with γ missing studies (Duval and Tweedie
    /// 2000b) is [n(n + 1)(2n + 1) + 10γ³ + 27γ² + 17γ − 18nγ² − 18nγ + 6n²γ]/24, evaluated at the unrounded
    /// estimate; Var(L₀) = 16·Var(Tₙ)/(2n − 1)², Var(Q₀) = 4·Var(Tₙ)/(2n² − 4Tₙ + ¼); Var(R₀) = 2k₀ + 2.
    /// </summary>
    private static (double Se, double? P) K0Uncertainty(TrimAndFillEstimator estimator, int n, int k0, double gamma, double t)
    {
        if (estimator == TrimAndFillEstimator.R0)
        {
            return (Math.Sqrt(2.0 * k0 + 2), Math.Pow(0.5, k0 + 1));
        }

        double nn = n;
        var varT = (nn * (nn + 1) * (2 * nn + 1) + 10 * gamma * gamma * gamma + 27 * gamma * gamma + 17 * gamma
            - 18 * nn * gamma * gamma - 18 * nn * gamma + 6 * nn * nn * gamma) / 24;
        var variance = estimator == TrimAndFillEstimator.L0
            ? 16 * varT / ((2 * nn - 1) * (2 * nn - 1))
            : 4 * varT / (2 * nn * nn - 4 * t + 0.25);
        return (Math.Sqrt(variance), null);
    }
}
