using System.Collections.Immutable;
using System.Globalization;
using MathNet.Numerics.Distributions;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;
using MetaReview.Statistics.Subgroups;

namespace MetaReview.Review.RevMan;

/// <summary>
/// Re-analyses every outcome and subgroup of a RevMan review with MetaReview's <c>revman5</c> preset, using the
/// outcome's own measure, method and model, and compares the result with what RevMan stored: estimate, confidence
/// interval, z and its p-value, Chi² (Q) with df and p, I², tau², the test for subgroup differences and each study's
/// estimate, interval, SE and weight. An outcome MetaReview cannot re-analyse is listed as skipped with the reason.
/// </summary>
/// <remarks>
/// <para>Tolerances follow what RevMan stored (see <see cref="RevManReview.StoredDecimals"/>): full precision in .rm5
/// files, held to <see cref="RevManCheckOptions.RelativeTolerance"/>; 8 decimal places in the RevMan 5 CSV export and 6
/// in a data package, held to half a unit in the last place. Chi-square p-values are held at most to RevMan's own
/// accuracy (<see cref="RevManCheckOptions.ChiSquarePRelativeTolerance"/>).</para>
/// <para>The test for subgroup differences is recomputed from MetaReview's subgroup estimates and standard errors,
/// Q = Σwⱼ(θⱼ − θ̄)² with wⱼ = 1/SEⱼ² on the analysis scale, df = subgroups − 1 (Deeks, Altman and Bradburn 2001; for
/// the inverse-variance fixed-effect model it equals Q_total − ΣQⱼ).</para>
/// </remarks>
public static class RevManCheck
{
    /// <summary>Checks every outcome of the review.</summary>
    public static RevManCheckReport Run(RevManReview review, RevManCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(review);
        options ??= RevManCheckOptions.Default;
        var rows = ImmutableArray.CreateBuilder<RevManCheckRow>();
        foreach (var outcome in review.Outcomes)
        {
            rows.AddRange(Outcome(outcome, review.StoredDecimals, options));
        }

        return new RevManCheckReport(review.Source, review.Format, ToleranceText(review.StoredDecimals, options), rows.ToImmutable());
    }

    /// <summary>Checks one outcome: a row for the outcome, then one per subgroup.</summary>
    public static ImmutableArray<RevManCheckRow> Outcome(RevManOutcome outcome, int? storedDecimals, RevManCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        options ??= RevManCheckOptions.Default;
        var tolerance = new Tolerance(storedDecimals, options);
        var analysis = AnalysisName(outcome);
        var setup = Settings(outcome);
        var subgroupRows = new List<RevManCheckRow>();
        var subgroupFits = new List<(double Estimate, double Se)>();
        foreach (var s in outcome.Subgroups)
        {
            var label = $"{outcome.ComparisonNumber}.{outcome.Number}.{s.Number} {s.Name}";
            var (row, fit) = Check(outcome, s.Rows, s.Results, setup, tolerance, options, analysis, label, s.Number, subgroupTest: null);
            subgroupRows.Add(row);
            if (fit is { } f)
            {
                subgroupFits.Add(f);
            }
        }

        var test = outcome.Subgroups.Length >= 2 && subgroupFits.Count == outcome.Subgroups.Length ? SubgroupDifferences(subgroupFits) : ((double, int, double, double)?)null;
        var (overall, _) = Check(outcome, [.. outcome.AllRows.Where(r => r.InOverall)], outcome.Results, setup, tolerance, options, analysis, outcome.Label, null, test);
        return [overall, .. subgroupRows];
    }

    /// <summary>
    /// The MetaReview settings that analyse an outcome as RevMan does: the <c>revman5</c> preset with the outcome's
    /// measure, method, model and confidence level (O−E and generic data as GEN by inverse variance), or null with
    /// the reason when MetaReview has no such analysis. Resolve them with <c>Settings.Resolve(Settings.Measure!.Value)</c>.
    /// </summary>
    public static (AnalysisSettings? Settings, string? Reason) Settings(RevManOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var (plan, why) = Plan(outcome);
        return plan is null
            ? (null, why)
            : (new AnalysisSettings { Preset = Preset.RevMan5, Measure = plan.Measure, Method = plan.Method, Model = outcome.Model, Level = outcome.TotalLevel }, null);
    }

    private sealed record Measures(EffectMeasure Measure, PoolingMethod Method);

    // The MetaReview measure and method for the outcome, or the reason there is none.
    private static (Measures? Plan, string? Why) Plan(RevManOutcome o)
    {
        switch (o.DataType)
        {
            case RevManDataType.Dichotomous:
                var measure = o.EffectMeasure switch
                {
                    RevManEffectMeasure.OddsRatio => o.Method == PoolingMethod.Peto ? EffectMeasure.PETO : EffectMeasure.OR,
                    RevManEffectMeasure.RiskRatio => EffectMeasure.RR,
                    RevManEffectMeasure.RiskDifference => EffectMeasure.RD,
                    RevManEffectMeasure.PetoOddsRatio => EffectMeasure.PETO,
                    _ => (EffectMeasure?)null,
                };
                if (measure is not { } m)
                {
                    return (null, $"the effect measure '{o.EffectMeasureText}' is not one RevMan uses for dichotomous data (OR, RR, RD, Peto OR)");
                }

                var method = m == EffectMeasure.PETO ? PoolingMethod.Peto : o.Method ?? PoolingMethod.MH;
                return (new Measures(m, method), null);

            case RevManDataType.Continuous:
                return o.EffectMeasure switch
                {
                    RevManEffectMeasure.MeanDifference => (new Measures(EffectMeasure.MD, PoolingMethod.IV), null),
                    RevManEffectMeasure.StandardisedMeanDifference => (new Measures(EffectMeasure.SMD, PoolingMethod.IV), null),
                    _ => (null, $"the effect measure '{o.EffectMeasureText}' is not one RevMan uses for continuous data (MD, SMD)"),
                };

            default:
                // O−E and generic data arrive as estimates and variances on the analysis scale.
                return (new Measures(EffectMeasure.GEN, PoolingMethod.IV), null);
        }
    }

    private static (RevManCheckRow Row, (double Estimate, double Se)? Fit) Check(RevManOutcome o, ImmutableArray<RevManDataRow> rows,
        RevManResults? stored, (AnalysisSettings? Settings, string? Why) setup, Tolerance tolerance, RevManCheckOptions options, string analysis, string label,
        int? subgroup, (double Q, int Df, double P, double I2)? subgroupTest)
    {
        var row = new RevManCheckRow
        {
            ComparisonNumber = o.ComparisonNumber,
            OutcomeNumber = o.Number,
            SubgroupNumber = subgroup,
            Label = label,
            Analysis = analysis,
            Status = RevManCheckStatus.Skipped,
            RevMan = stored,
            Tolerance = tolerance.Text,
        };
        if (setup.Settings is not { } settings)
        {
            return (row with { Reason = setup.Why }, null);
        }

        var inputs = RevManStudyInputs.From(o, rows);
        if (inputs.Studies.Length == 0)
        {
            var why = rows.Length == 0 ? "no data rows" : "no row can be analysed: " + string.Join("; ", inputs.LeftOut);
            return (row with { Reason = why, Notes = inputs.LeftOut }, null);
        }

        AnalysisResult result;
        try
        {
            result = MetaAnalysis.Run(inputs.Studies, settings.Resolve(settings.Measure!.Value));
        }
        catch (Exception e) when (e is AnalysisException or ArgumentException)
        {
            return (row with { Reason = e.Message, Notes = inputs.LeftOut }, null);
        }

        var m = result.Model;
        Func<double, double> shown = o.LogScale ? Math.Exp : x => x;
        var ours = new RevManResults
        {
            Estimate = shown(m.Estimate),
            CiLower = shown(m.CiLower),
            CiUpper = shown(m.CiUpper),
            Z = Math.Abs(m.Statistic),
            PValue = m.PValue,
            Heterogeneity = new RevManHeterogeneity(m.Q, m.QDf, m.QP, m.I2),
            Tau2 = m.Tau2,
            Weight = 100,
            Studies = m.K,
        };
        var values = new List<RevManComparedValue>();
        if (stored is not null)
        {
            Compare(values, tolerance, "Estimate", stored.Estimate, ours.Estimate);
            Compare(values, tolerance, "CiLower", stored.CiLower, ours.CiLower);
            Compare(values, tolerance, "CiUpper", stored.CiUpper, ours.CiUpper);
            Compare(values, tolerance, "Z", stored.Z is { } z ? Math.Abs(z) : null, ours.Z);
            Compare(values, tolerance, "PValue", stored.PValue, ours.PValue);
            Compare(values, tolerance, "Q", stored.Heterogeneity?.Chi2, m.Q);
            Compare(values, tolerance, "QDf", stored.Heterogeneity?.Df, m.QDf);
            Compare(values, tolerance, "QP", stored.Heterogeneity?.P, m.QP, chiSquareP: true);
            Compare(values, tolerance, "I2", stored.Heterogeneity?.I2, m.I2);
            Compare(values, tolerance, "Tau2", stored.Tau2, m.Tau2);
        }

        if (subgroupTest is { } t && o.SubgroupDifferences is { } sd)
        {
            Compare(values, tolerance, "Subgroups: Q", sd.Chi2, t.Q);
            Compare(values, tolerance, "Subgroups: QDf", sd.Df, t.Df);
            Compare(values, tolerance, "Subgroups: QP", sd.P, t.P, chiSquareP: true);
            Compare(values, tolerance, "Subgroups: I2", sd.I2, t.I2);
        }

        if (options.CompareStudies)
        {
            CompareStudies(values, tolerance, o, inputs, result, shown);
        }

        var status = values.Count == 0 ? RevManCheckStatus.NotStored : values.All(v => v.Pass) ? RevManCheckStatus.Pass : RevManCheckStatus.Fail;
        var reason = status switch
        {
            RevManCheckStatus.NotStored => "RevMan stored no results for this " + (subgroup is null ? "outcome" : "subgroup"),
            RevManCheckStatus.Fail => "outside the tolerance: " + string.Join(", ", values.Where(v => !v.Pass).Select(v => v.Quantity)),
            _ => null,
        };
        return (row with
        {
            Status = status,
            Reason = reason,
            MetaReview = ours,
            Values = [.. values],
            Notes = [.. inputs.LeftOut, .. result.Notes],
        }, (m.Estimate, m.StandardError));
    }

    private static void CompareStudies(List<RevManComparedValue> values, Tolerance tolerance, RevManOutcome o, RevManStudyInputs inputs,
        AnalysisResult result, Func<double, double> shown)
    {
        var z = Normal.InvCDF(0, 1, 1 - (1 - o.StudyLevel) / 2);
        var effects = result.Effects;
        for (var j = 0; j < effects.K; j++)
        {
            var row = inputs.Rows[effects.InputIndices[j]];
            if (row.Stored is not { } s)
            {
                continue;
            }

            var name = row.StudyName;
            var yi = effects.Yi[j];
            var se = Math.Sqrt(effects.Vi[j]);
            // Generic data are entered, not computed: their estimate is the input itself.
            if (o.DataType != RevManDataType.GenericInverseVariance)
            {
                Compare(values, tolerance, $"{name}: Estimate", s.Estimate, shown(yi));
                Compare(values, tolerance, $"{name}: StandardError", s.StandardError, se);
            }

            Compare(values, tolerance, $"{name}: CiLower", s.CiLower, shown(yi - z * se));
            Compare(values, tolerance, $"{name}: CiUpper", s.CiUpper, shown(yi + z * se));
            Compare(values, tolerance, $"{name}: Weight", s.Weight, result.Model.WeightPercent[j]);
        }
    }

    // Q between subgroups from their estimates and standard errors on the analysis scale.
    private static (double Q, int Df, double P, double I2) SubgroupDifferences(List<(double Estimate, double Se)> fits)
    {
        var t = QBetween.FromEstimates([.. fits.Select(f => f.Estimate)], [.. fits.Select(f => f.Se)]);
        return (t.Q, t.Df, t.PValue, t.I2);
    }

    private static void Compare(List<RevManComparedValue> values, Tolerance tolerance, string quantity, double? revman, double? ours, bool chiSquareP = false)
    {
        if (revman is not { } r || ours is not { } m)
        {
            return;
        }

        values.Add(new RevManComparedValue(quantity, r, m, tolerance.Allowed(r, chiSquareP)));
    }

    // "Odds Ratio (M-H, Fixed, 95% CI)", as RevMan heads its forest plots.
    private static string AnalysisName(RevManOutcome o)
    {
        var measure = o.EffectMeasure == RevManEffectMeasure.Other ? o.EffectMeasureText : RevManVocabulary.DisplayName(o.EffectMeasure);
        var method = o.DataType == RevManDataType.OMinusEAndVariance
            ? "Exp[(O-E) / V]"
            : (o.Method ?? (o.EffectMeasure == RevManEffectMeasure.PetoOddsRatio ? PoolingMethod.Peto : o.DataType == RevManDataType.Dichotomous ? PoolingMethod.MH : PoolingMethod.IV)) switch
            {
                PoolingMethod.MH => "M-H",
                PoolingMethod.Peto => "Peto",
                _ => "IV",
            };
        var model = o.Model == EffectModel.Random ? "Random" : "Fixed";
        var level = (o.TotalLevel * 100).ToString("0.##", CultureInfo.InvariantCulture);
        return $"{measure} ({method}, {model}, {level}% CI)";
    }

    private static string ToleranceText(int? decimals, RevManCheckOptions options) => new Tolerance(decimals, options).Text;

    /// <summary>What passes: relative for full precision, half a unit in the last stored decimal for rounded values.</summary>
    private sealed class Tolerance(int? decimals, RevManCheckOptions options)
    {
        public string Text => decimals is { } d
            ? string.Create(CultureInfo.InvariantCulture, $"half a unit in the {Ordinal(d)} decimal place ({0.5 * Math.Pow(10, -d):0.#e0}), as RevMan rounded its stored results; chi-square p-values at most to RevMan's own accuracy ({options.ChiSquarePRelativeTolerance:0.#e0} relative)")
            : string.Create(CultureInfo.InvariantCulture, $"relative {options.RelativeTolerance:0.#e0} (absolute {options.AbsoluteTolerance:0.#e0} near 0) against RevMan's full-precision values; chi-square p-values {options.ChiSquarePRelativeTolerance:0.#e0} relative (RevMan's own accuracy)");

        public double Allowed(double revman, bool chiSquareP)
        {
            var allowed = decimals is { } d
                ? 0.5 * Math.Pow(10, -d) * (1 + 1e-9)
                : options.RelativeTolerance * Math.Abs(revman) + options.AbsoluteTolerance;
            return chiSquareP ? Math.Max(allowed, options.ChiSquarePRelativeTolerance * Math.Abs(revman)) : allowed;
        }

        private static string Ordinal(int n) => n switch
        {
            1 => "1st",
            2 => "2nd",
            3 => "3rd",
            _ => n.ToString(CultureInfo.InvariantCulture) + "th",
        };
    }
}
