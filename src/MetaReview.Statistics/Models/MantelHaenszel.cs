using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Estimators;

namespace MetaReview.Statistics.Models;

/// <summary>
/// The Mantel–Haenszel fixed-effect meta-analysis of 2×2 tables (Mantel and Haenszel 1959,
/// doi:10.1093/jnci/22.4.719; Greenland and Robins 1985, doi:10.2307/2530643) for the log odds ratio, the log risk
/// ratio and the risk difference, with Cochran's Q, I², MH weights and, for the odds ratio, the Cochran–Mantel–Haenszel
/// and Tarone tests; and RevMan 5's random-effects model for dichotomous data. O(k) time and memory.
/// </summary>
/// <remarks>
/// <para>What each number is (all on the analysis scale, log for OR and RR):</para>
/// <list type="bullet">
/// <item><c>Estimate</c>: ln OR_MH = ln(Σaᵢdᵢ/Nᵢ / Σbᵢcᵢ/Nᵢ); ln RR_MH = ln(Σaᵢn₂ᵢ/Nᵢ / Σcᵢn₁ᵢ/Nᵢ);
/// RD_MH = Σ(aᵢn₂ᵢ − cᵢn₁ᵢ)/Nᵢ / Σn₁ᵢn₂ᵢ/Nᵢ. No continuity correction is needed: a table with a zero cell
/// still contributes, and one with no events in either arm contributes nothing to OR and RR (it does enter RD).</item>
/// <item><c>StandardError</c>: √ of the Robins–Breslow–Greenland (1986, doi:10.2307/2531052) variance for OR, the
/// Greenland–Robins (1985) variance for RR and, for RD, Sato–Greenland–Robins (1989, metafor) or Greenland–Robins
/// (1985, RevMan 5); see <see cref="MantelHaenszelRdVariance"/>.</item>
/// <item><c>Statistic</c>, <c>PValue</c>, <c>CiLower</c>, <c>CiUpper</c>: Wald z = estimate/SE and estimate ± z₁₋α/₂·SE.</item>
/// <item><c>Q</c>: Cochran's Σ(yᵢ − µ̂_MH)²/vᵢ, around the MH estimate with the inverse-variance weights 1/vᵢ of the
/// study effects yᵢ, vᵢ (Woolf log OR, log RR, RD; <see cref="EffectSizeCalculator"/>) with 0.5 added to the cells of
/// studies with a zero cell; <c>QDf</c> = (number of studies in Q) − 1. Double-zero studies are not in Q (metafor
/// drops them; RevMan 5 drops them for OR and RR and keeps them for RD). metafor's <c>rma.mh</c> QE and RevMan 5's
/// Chi² (R meta: <c>Q.Cochrane = TRUE</c>) are this statistic under the respective convention.</item>
/// <item><c>I2</c>, <c>H2</c>: from Q, 100·max(0, (Q − df)/Q) and Q/df (RevMan 5, metafor <c>rma.mh</c>).</item>
/// <item><c>WeightPercent</c>: the MH weights bᵢcᵢ/Nᵢ (OR), cᵢn₁ᵢ/Nᵢ (RR), n₁ᵢn₂ᵢ/Nᵢ (RD) in percent, as RevMan
/// displays them and metafor's <c>weights()</c> returns them; 0 for a study that does not contribute.</item>
/// <item><c>Cmh</c> (OR only): (|Σ(aᵢ − E aᵢ)| − 0.5)²/ΣVar aᵢ with hypergeometric moments, chi-square 1 df; without
/// the 0.5 when <see cref="MantelHaenszelOptions.CmhContinuityCorrection"/> is false (metafor <c>correct=</c>).</item>
/// <item><c>Tarone</c> (OR only): Tarone's (1985) corrected Breslow–Day test of homogeneity of the odds ratios at the
/// MH estimate, chi-square with (informative tables − 1) df (metafor's <c>TA</c>). Both tests use the tables the MH
/// estimate uses: as observed under metafor's convention, corrected under RevMan 5's (which reports neither); the
/// latter equals metafor's <c>rma.mh(add=c(1/2,1/2), to=c("only0","only0"), drop00=c(TRUE,TRUE))</c>.</item>
/// <item><c>K</c>: the studies in the MH computation (metafor: all studies; RevMan 5: without the non-estimable
/// double-zero studies for OR and RR).</item>
/// </list>
/// <para>Every zero-cell correction, exclusion and degenerate case is reported in <c>Warnings</c>, naming the study.
/// When the estimator is not defined (e.g. no events in one arm of every study, or every study a double zero for OR
/// and RR) the result has NaN estimates and says why, rather than throwing.</para>
/// <para>metafor: <c>rma.mh(ai, bi, ci, di, measure=)</c>; RevMan 5: "Mantel-Haenszel, Fixed".</para>
/// </remarks>
public static class MantelHaenszel
{
    /// <summary>Fits the MH fixed-effect model to 2×2 tables.</summary>
    /// <param name="measure">RR, OR or RD.</param>
    /// <param name="tables">Events and totals per arm, one table per study.</param>
    /// <param name="labels">Study labels for the notes (default "Study 1", "Study 2", ...).</param>
    /// <param name="options">Conventions and settings; default metafor's <c>rma.mh</c>.</param>
    /// <exception cref="ArgumentException">For a measure other than RR, OR, RD, no studies, mismatched labels or invalid counts.</exception>
    /// <exception cref="ArgumentOutOfRangeException">For a level outside (0, 1) or a negative increment.</exception>
    public static MetaAnalysisResult Fit(EffectMeasure measure, IReadOnlyList<BinaryArms> tables, IReadOnlyList<string>? labels = null,
        MantelHaenszelOptions? options = null) =>
        Run(measure, MantelHaenszelInput.Create(tables, labels), options ?? MantelHaenszelOptions.Default, randomEffects: false).Result;

    /// <summary>Fits the MH fixed-effect model to labelled studies with binary data (<see cref="BinaryArms"/>).</summary>
    /// <exception cref="ArgumentException">When a study does not have binary data, or as for the other overload.</exception>
    public static MetaAnalysisResult Fit(EffectMeasure measure, IReadOnlyList<StudyInput> studies, MantelHaenszelOptions? options = null) =>
        Run(measure, MantelHaenszelInput.Create(studies), options ?? MantelHaenszelOptions.Default, randomEffects: false).Result;

    /// <summary>
    /// RevMan 5's random-effects model for dichotomous data ("M-H, Random"): DerSimonian–Laird
    /// tau² = max(0, (Q − df)/(Σwᵢ − Σwᵢ²/Σwᵢ)) with Q the heterogeneity statistic around the MH estimate (as in
    /// <see cref="Fit(EffectMeasure, IReadOnlyList{BinaryArms}, IReadOnlyList{string}, MantelHaenszelOptions)"/>) and
    /// wᵢ = 1/vᵢ the inverse-variance weights of the study effects in Q; then the inverse-variance random-effects
    /// estimate Σwᵢ*yᵢ/Σwᵢ* with wᵢ* = 1/(vᵢ + tau²), SE = 1/√Σwᵢ*, Wald z test and interval
    /// (Deeks and Higgins 2010; R meta <c>metabin(method="MH", method.tau="DL", Q.Cochrane=TRUE)</c>).
    /// </summary>
    /// <remarks>
    /// The result has <c>Method</c> MH, <c>Model</c> Random, <c>Tau2Method</c> DL; <c>Q</c>, <c>QDf</c>, <c>QP</c>,
    /// <c>I2</c> and <c>H2</c> are those around the MH estimate (I² from Q, as RevMan 5 reports it);
    /// <c>WeightPercent</c> are the random-effects weights 1/(vᵢ + tau²) in percent (0 for studies not in the
    /// model); <c>K</c> counts the studies in Q. There is no prediction interval and no interval for tau² (RevMan 5
    /// reports neither). The study effects are those of the convention in <paramref name="options"/>, RevMan 5's by
    /// default. metafor equivalent: <c>rma(yi, vi, tau2 = tau²)</c> with the tau² above.
    /// </remarks>
    /// <exception cref="ArgumentException">As for <see cref="Fit(EffectMeasure, IReadOnlyList{BinaryArms}, IReadOnlyList{string}, MantelHaenszelOptions)"/>.</exception>
    public static MetaAnalysisResult RandomEffectsRevMan(EffectMeasure measure, IReadOnlyList<BinaryArms> tables, IReadOnlyList<string>? labels = null,
        MantelHaenszelOptions? options = null) =>
        RandomEffects(measure, MantelHaenszelInput.Create(tables, labels), options ?? MantelHaenszelOptions.RevMan5);

    /// <summary>RevMan 5's random-effects model for labelled studies with binary data; see the other overload.</summary>
    /// <exception cref="ArgumentException">When a study does not have binary data, or as for the other overload.</exception>
    public static MetaAnalysisResult RandomEffectsRevMan(EffectMeasure measure, IReadOnlyList<StudyInput> studies, MantelHaenszelOptions? options = null) =>
        RandomEffects(measure, MantelHaenszelInput.Create(studies), options ?? MantelHaenszelOptions.RevMan5);

    /// <summary>The fixed-effect result with the study effects that entered Q (and their input positions).</summary>
    private sealed record Analysis(MetaAnalysisResult Result, double[] Yi, double[] Vi, int[] QStudies);

    // randomEffects: leave out what only the fixed-effect result reports (CMH, Tarone, the k = 1 note).
    private static Analysis Run(EffectMeasure measure, MantelHaenszelInput input, MantelHaenszelOptions options, bool randomEffects)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (measure is not (EffectMeasure.OR or EffectMeasure.RR or EffectMeasure.RD))
        {
            throw new ArgumentException($"Mantel–Haenszel pools RR, OR or RD; got {measure}.", nameof(measure));
        }

        MantelHaenszelInput.CheckLevel(options.Level, nameof(options));
        if (!(options.Increment >= 0) || !double.IsFinite(options.Increment))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Increment, "Increment must be a finite number ≥ 0 (e.g. 0.5).");
        }

        var revman = options.Convention == BinaryPoolingConvention.RevMan5;
        var ratio = measure is EffectMeasure.OR or EffectMeasure.RR;
        var increment = options.Increment;
        var inc = increment.ToString(CultureInfo.InvariantCulture);
        var n = input.Count;
        var estimateTables = new List<MantelHaenszelTable>(n);
        var varianceTables = new List<MantelHaenszelTable>(n);
        var positions = new List<int>(n);
        var yi = new List<double>(n);
        var vi = new List<double>(n);
        var qStudies = new List<int>(n);
        var warnings = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; i < n; i++)
        {
            var t = input.Tables[i];
            var label = input.Labels[i];
            if (t.IsDoubleZero && revman && ratio)
            {
                warnings.Add($"{label}: {DoubleZero(t)}: not estimable for {measure}, left out (RevMan 5).");
                continue;
            }

            var corrected = t.HasZeroCell && increment > 0 ? t.Plus(increment) : t;
            estimateTables.Add(revman && ratio ? corrected : t);
            varianceTables.Add(revman ? corrected : t);
            positions.Add(i);

            if (Note(label, t, measure, revman, increment) is { } note)
            {
                warnings.Add(note);
            }

            if (t.IsDoubleZero && !revman)
            {
                continue;
            }

            var effect = EffectSizeCalculator.Compute(measure, input.Arms[i], t.HasZeroCell ? increment : 0);
            if (effect is null)
            {
                warnings.Add($"{label}: its {measure} is not estimable without a continuity correction; left out of Q.");
                continue;
            }

            yi.Add(effect.Yi);
            vi.Add(effect.Vi);
            qStudies.Add(i);
        }

        var k = estimateTables.Count;
        var estimateSpan = CollectionsMarshal.AsSpan(estimateTables);
        var (estimate, variance) = k == 0
            ? (double.NaN, double.NaN)
            : MantelHaenszelPooling.Pool(measure, estimateSpan, CollectionsMarshal.AsSpan(varianceTables), options.EffectiveRdVariance);
        if (k == 0)
        {
            warnings.Add($"No study is estimable for the {measure} (every study has no events, or only events, in both arms): there is no pooled result.");
        }
        else if (!double.IsFinite(estimate) || !double.IsFinite(variance))
        {
            estimate = variance = double.NaN;
            warnings.Add($"The MH {measure} is not estimable: " + (input.Tables.All(t => t.IsDoubleZero)
                ? "every study has no events, or only events, in both arms."
                : "one arm has no events (or only events) in every study."));
        }
        else if (k == 1 && !randomEffects)
        {
            warnings.Add("k = 1: the pooled result is the single study's MH result; heterogeneity cannot be assessed.");
        }

        // As rma.mh: a single study gives no Q (its corrected effect size may differ from the uncorrected MH estimate).
        var q = 0.0;
        for (var j = 0; yi.Count > 1 && j < yi.Count; j++)
        {
            var d = yi[j] - estimate;
            q += d * d / vi[j];
        }

        var qDf = Math.Max(0, yi.Count - 1);
        var weights = new double[n];
        for (var j = 0; j < k; j++)
        {
            weights[positions[j]] = MantelHaenszelPooling.Weight(measure, estimateTables[j]);
        }

        TestStatistic? cmh = null, tarone = null;
        if (measure == EffectMeasure.OR && k > 0 && !randomEffects)
        {
            cmh = MantelHaenszelStatistics.Cmh(estimateSpan, options.CmhContinuityCorrection);
            tarone = MantelHaenszelStatistics.Tarone(estimateSpan, Math.Exp(estimate));
            if (cmh is null)
            {
                warnings.Add("No study has both events and non-events: there is no Cochran–Mantel–Haenszel test.");
            }

            if (tarone is null)
            {
                warnings.Add("Tarone's test needs at least two studies with events and non-events and an estimable MH OR; none is given.");
            }
        }

        var conventions = ImmutableArray.CreateBuilder<string>();
        conventions.Add(measure switch
        {
            EffectMeasure.OR => "Estimate: Mantel–Haenszel log OR; variance Robins–Breslow–Greenland (1986)",
            EffectMeasure.RR => "Estimate: Mantel–Haenszel log RR; variance Greenland–Robins (1985)",
            _ => "Estimate: Mantel–Haenszel RD; variance " + (options.EffectiveRdVariance == MantelHaenszelRdVariance.SatoGreenlandRobins
                ? "Sato–Greenland–Robins (1989; metafor)"
                : "Greenland–Robins (1985; RevMan 5)"),
        });
        conventions.Add(revman
            ? $"Zero cells: {inc} added to each cell of studies with a zero cell, in the MH {(ratio ? "estimate and variance" : "variance")} and Q; double-zero studies {(ratio ? "not estimable" : "kept")} (RevMan 5)"
            : "Zero cells: none added in the MH computations; double-zero studies kept in k (metafor rma.mh)");
        conventions.Add(revman
            ? "Q: around the MH estimate, IV weights of the study effects (RevMan 5; meta Q.Cochrane)"
            : $"Q: around the MH estimate, IV weights of the study effects ({inc} added to zero-cell studies, double zeros left out; metafor rma.mh)");
        if (measure == EffectMeasure.OR && !randomEffects)
        {
            conventions.Add(options.CmhContinuityCorrection
                ? "CMH: with continuity correction 0.5 (metafor correct=TRUE)"
                : "CMH: without continuity correction (metafor correct=FALSE)");
            conventions.Add("Tarone: corrected Breslow–Day test at the MH OR (Tarone 1985)");
        }

        var result = MantelHaenszelPetoResult.Build(PoolingMethod.MH, estimate, variance, k, q, qDf,
            MantelHaenszelPetoResult.Percent(weights), options.Level, warnings, conventions, cmh, tarone);
        return new Analysis(result, [.. yi], [.. vi], [.. qStudies]);
    }

    private static string DoubleZero(MantelHaenszelTable t) =>
        (t.NoEvents ? "no events in either arm" : "events in every participant of both arms") + " (double zero)";

    /// <summary>What happens to a double-zero or zero-cell study that stays in the MH computation, or null.</summary>
    private static string? Note(string label, MantelHaenszelTable t, EffectMeasure measure, bool revman, double increment)
    {
        var ratio = measure is EffectMeasure.OR or EffectMeasure.RR;
        var inc = increment.ToString(CultureInfo.InvariantCulture);
        if (t.IsDoubleZero && !revman)
        {
            // A table without events contributes nothing to OR and RR; one with only events still enters RR.
            var role = (ratio && t.NoEvents) || measure == EffectMeasure.OR ? "contributes nothing to" : "enters";
            return $"{label}: {DoubleZero(t)}: {role} the MH {measure}{(role == "enters" ? " as observed" : "")}; left out of Q (metafor drop00=TRUE).";
        }

        if (t.IsDoubleZero)
        {
            return $"{label}: {DoubleZero(t)}: enters the MH RD as observed"
                + (increment > 0 ? $"; {inc} added to each cell for its variance and for Q (RevMan 5)." : " (RevMan 5).");
        }

        if (!t.HasZeroCell || increment == 0)
        {
            return null;
        }

        return !revman
            ? $"{label}: zero cell: the MH {measure} uses the table as observed; {inc} added to each cell for its effect size in Q (metafor escalc to=\"only0\")."
            : ratio
                ? $"{label}: zero cell: {inc} added to each cell for the MH {measure}, its variance, the weight and Q (RevMan 5)."
                : $"{label}: zero cell: the MH RD uses the table as observed; {inc} added to each cell for its variance and for Q (RevMan 5).";
    }

    private static MetaAnalysisResult RandomEffects(EffectMeasure measure, MantelHaenszelInput input, MantelHaenszelOptions options)
    {
        var fixedEffect = Run(measure, input, options, randomEffects: true);
        var mh = fixedEffect.Result;
        var warnings = mh.Warnings.ToList();
        var conventions = ImmutableArray.CreateBuilder<string>();
        conventions.Add("Model: random effects, DerSimonian–Laird tau² from Q around the MH estimate, IV weights 1/(vi + tau²) (RevMan 5)");
        conventions.AddRange(mh.Conventions.Where(c => c.StartsWith("Zero cells", StringComparison.Ordinal) || c.StartsWith("Q:", StringComparison.Ordinal)));
        conventions.Add("Test and CI: Wald z");
        conventions.Add("I², H²: from Q (Higgins and Thompson 2002; RevMan 5)");
        conventions.Add("Prediction interval: none (RevMan 5)");

        var weights = new double[input.Count];
        MetaAnalysisResult pooled;
        if (fixedEffect.Yi.Length == 0 || !double.IsFinite(mh.Estimate))
        {
            warnings.Add("There is no random-effects result: the MH estimate or the study effects are not available.");
            pooled = mh with
            {
                Tau2 = double.NaN,
                Estimate = double.NaN,
                StandardError = double.NaN,
                Statistic = double.NaN,
                PValue = double.NaN,
                CiLower = double.NaN,
                CiUpper = double.NaN,
            };
        }
        else
        {
            var data = ModelData.InterceptOnly(fixedEffect.Yi, fixedEffect.Vi);
            var tau2 = mh.QDf >= 1 ? Math.Max(0, (mh.Q - mh.QDf) / data.Fit.At(0).TrP) : 0;
            pooled = InverseVariance.Fit(data, new ModelOptions
            {
                Model = EffectModel.Random,
                FixedTau2 = tau2,
                Level = options.Level,
                Tau2ConfidenceInterval = false,
            });
            warnings.AddRange(pooled.Warnings.Where(w => !w.StartsWith("tau² is estimated as 0", StringComparison.Ordinal)));
            if (tau2 == 0 && mh.QDf >= 1)
            {
                warnings.Add("tau² = 0 (Q ≤ df): the random-effects result is the inverse-variance fixed-effect result, not the MH one.");
            }
            for (var j = 0; j < fixedEffect.QStudies.Length; j++)
            {
                weights[fixedEffect.QStudies[j]] = pooled.WeightPercent[j];
            }
        }

        return pooled with
        {
            Model = EffectModel.Random,
            Method = PoolingMethod.MH,
            Tau2Method = Tau2Method.DL,
            Q = mh.Q,
            QDf = mh.QDf,
            QP = mh.QP,
            I2 = mh.I2FromQ,
            H2 = mh.H2FromQ,
            I2FromQ = mh.I2FromQ,
            H2FromQ = mh.H2FromQ,
            HeterogeneityBasis = HeterogeneityBasis.Q,
            PredictionInterval = null,
            Cmh = null,
            Tarone = null,
            WeightPercent = ImmutableArray.Create(weights),
            Warnings = [.. warnings],
            Conventions = conventions.ToImmutable(),
        };
    }
}
