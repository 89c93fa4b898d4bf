using System.Collections.Immutable;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Statistics.Models;

/// <summary>
/// Peto's one-step fixed-effect log odds ratio for 2×2 tables (Yusuf, Peto, Lewis, Collins and Sleight 1985,
/// doi:10.1016/s0033-0620(85)80003-7). O(k) time and memory.
/// </summary>
/// <remarks>
/// <para>With Oᵢ − Eᵢ = aᵢ − n₁ᵢm₁ᵢ/Nᵢ and the hypergeometric variance Vᵢ = n₁ᵢn₂ᵢm₁ᵢm₂ᵢ/(Nᵢ²(Nᵢ − 1)):</para>
/// <list type="bullet">
/// <item><c>Estimate</c> = Σ(Oᵢ − Eᵢ)/ΣVᵢ (log OR); <c>StandardError</c> = 1/√ΣVᵢ; Wald z test and interval.</item>
/// <item><c>Q</c> = Σ(Oᵢ − Eᵢ)²/Vᵢ − (Σ(Oᵢ − Eᵢ))²/ΣVᵢ over the studies with Vᵢ &gt; 0, <c>QDf</c> = (their number) − 1;
/// I² and H² from Q. metafor's <c>rma.peto</c> and RevMan 5 both use this Q.</item>
/// <item><c>WeightPercent</c> = 100·Vᵢ/ΣVᵢ.</item>
/// </list>
/// <para>No continuity correction is ever needed: a study with a zero cell contributes as observed, and a study with
/// no events (or only events) in both arms has Vᵢ = 0 and contributes nothing. Under metafor's convention such
/// studies count in <c>K</c> (with weight 0); under RevMan 5's they are not estimable and are left out of <c>K</c>.
/// The estimate, its variance and Q are the same under both. When ΣVᵢ = 0 (one outcome never occurs) the result
/// has NaN estimates and a note (metafor stops with an error).</para>
/// <para>metafor: <c>rma.peto(ai, bi, ci, di)</c>; RevMan 5: "Peto, Fixed".</para>
/// </remarks>
public static class Peto
{
    /// <summary>Fits Peto's fixed-effect model to 2×2 tables.</summary>
    /// <param name="tables">Events and totals per arm, one table per study.</param>
    /// <param name="labels">Study labels for the notes (default "Study 1", "Study 2", ...).</param>
    /// <param name="options">Conventions and settings; default metafor's <c>rma.peto</c>.</param>
    /// <exception cref="ArgumentException">For no studies, mismatched labels or invalid counts.</exception>
    /// <exception cref="ArgumentOutOfRangeException">For a level outside (0, 1).</exception>
    public static MetaAnalysisResult Fit(IReadOnlyList<BinaryArms> tables, IReadOnlyList<string>? labels = null, PetoOptions? options = null) =>
        Fit(MantelHaenszelInput.Create(tables, labels), options ?? PetoOptions.Default);

    /// <summary>Fits Peto's fixed-effect model to labelled studies with binary data (<see cref="BinaryArms"/>).</summary>
    /// <exception cref="ArgumentException">When a study does not have binary data, or as for the other overload.</exception>
    public static MetaAnalysisResult Fit(IReadOnlyList<StudyInput> studies, PetoOptions? options = null) =>
        Fit(MantelHaenszelInput.Create(studies), options ?? PetoOptions.Default);

    private static MetaAnalysisResult Fit(MantelHaenszelInput input, PetoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        MantelHaenszelInput.CheckLevel(options.Level, nameof(options));
        var revman = options.Convention == BinaryPoolingConvention.RevMan5;
        var n = input.Count;
        var weights = new double[n];
        double sumOe = 0, sumV = 0, sumOe2V = 0;
        var informative = 0;
        var warnings = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; i < n; i++)
        {
            var t = input.Tables[i];
            var v = t.HypergeometricVariance;
            if (!(v > 0))
            {
                var none = t.NoEvents ? "no events in either arm" : "events in every participant of both arms";
                warnings.Add(revman
                    ? $"{input.Labels[i]}: {none} (double zero): not estimable for the Peto OR, left out (RevMan 5)."
                    : $"{input.Labels[i]}: {none} (double zero): V = 0, contributes nothing to the Peto OR and Q.");
                continue;
            }

            var oe = t.A - t.ExpectedA;
            sumOe += oe;
            sumV += v;
            sumOe2V += oe * oe / v;
            weights[i] = v;
            informative++;
        }

        double estimate, variance, q;
        if (informative == 0)
        {
            estimate = variance = q = double.NaN;
            warnings.Add("The Peto OR is not estimable: no study has both events and non-events.");
        }
        else
        {
            estimate = sumOe / sumV;
            variance = 1 / sumV;

            // The difference is ≥ 0 (Cauchy–Schwarz) and 0 for one study; clamp the rounding error.
            q = Math.Max(0, sumOe2V - sumOe * sumOe / sumV);
            if (informative == 1)
            {
                warnings.Add("k = 1: the pooled result is the single study's Peto OR; heterogeneity cannot be assessed.");
            }
        }

        var conventions = ImmutableArray.CreateBuilder<string>();
        conventions.Add("Estimate: Peto log OR, Σ(O − E)/ΣV, SE 1/√ΣV (Yusuf et al. 1985)");
        conventions.Add(revman
            ? "Zero cells: none added; double-zero studies not estimable (RevMan 5)"
            : "Zero cells: none added; double-zero studies kept in k with weight 0 (metafor rma.peto)");
        conventions.Add("Q: Σ(O − E)²/V − (Σ(O − E))²/ΣV (metafor rma.peto; RevMan 5)");
        return MantelHaenszelPetoResult.Build(PoolingMethod.Peto, estimate, variance, revman ? informative : n, double.IsNaN(q) ? 0 : q,
            Math.Max(0, informative - 1), MantelHaenszelPetoResult.Percent(weights), options.Level, warnings, conventions);
    }
}
