using System.Collections.Immutable;
using MetaReview.Reporting.Plots.Charts;
using MetaReview.Reporting.Plots.RiskOfBias;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;
using MetaReview.Statistics.Sensitivity;
using MetaReview.Statistics.Subgroups;

namespace MetaReview.Reporting.Plots.Forest;

/// <summary>
/// Builds <see cref="ForestPlotData"/> from analyses, the way RevMan 5 lays out a forest plot: one row per input
/// study (studies that could not enter the analysis are "Not estimable"), the arm data as columns (events and
/// totals, or means, SDs and totals), weights in percent, study intervals yi ± z·√vi back-transformed to the
/// reporting scale, and the pooled result with its heterogeneity and test lines.
/// </summary>
public static class ForestData
{
    /// <summary>A forest plot of one analysis without subgroups.</summary>
    /// <param name="result">The analysis (<see cref="MetaAnalysis.Run"/>).</param>
    /// <param name="studies">
    /// The input list the analysis was run on, for the data columns, the totals and the rows of studies that were
    /// not estimable; null shows only the included studies, without data columns.
    /// </param>
    /// <param name="options">Years and risk-of-bias judgements of the studies.</param>
    /// <exception cref="ArgumentException">The studies do not match the analysis (count or labels).</exception>
    public static ForestPlotData FromAnalysis(AnalysisResult result, IReadOnlyList<StudyInput>? studies = null, ForestDataOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        CheckStudies(result, studies, options);
        var layout = DataColumns(studies);
        var indices = studies is null ? Enumerable.Range(0, result.Effects.K) : Enumerable.Range(0, studies.Count);
        var rows = indices.Select(i => Row(result, studies, i, layout, options)).ToImmutableArray();
        var overall = Summary(result, 100, Totals(studies, indices, layout));
        return Data(result, layout, [new ForestGroup(null, rows)], overall, options);
    }

    /// <summary>
    /// A forest plot with subgroups: the rows of each subgroup under its name, with its subtotal (from the
    /// subgroup's own analysis), then the overall total and the test for subgroup differences. Weights are those of
    /// the overall analysis, as in RevMan; a subtotal's weight is the sum of its studies' weights.
    /// </summary>
    /// <param name="overall">The analysis of all studies.</param>
    /// <param name="studies">The input list of the overall analysis.</param>
    /// <param name="subgroups">The subgroups, in display order.</param>
    /// <param name="differences">
    /// The test for subgroup differences (<see cref="SubgroupDifferences"/>, or <see cref="SubgroupResult.QBetween"/>
    /// of <see cref="SubgroupAnalysis.Fit"/>), or null to leave the line out.
    /// </param>
    /// <param name="options">Years and risk-of-bias judgements of the studies.</param>
    public static ForestPlotData FromSubgroups(
        AnalysisResult overall,
        IReadOnlyList<StudyInput> studies,
        IReadOnlyList<ForestSubgroup> subgroups,
        QBetween? differences = null,
        ForestDataOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(overall);
        ArgumentNullException.ThrowIfNull(studies);
        ArgumentNullException.ThrowIfNull(subgroups);
        CheckStudies(overall, studies, options);
        var layout = DataColumns(studies);
        var groups = ImmutableArray.CreateBuilder<ForestGroup>(subgroups.Count);
        foreach (var g in subgroups)
        {
            ArgumentNullException.ThrowIfNull(g);
            var bad = g.Studies.FirstOrDefault(i => i < 0 || i >= studies.Count, -1);
            if (g.Studies.IsDefaultOrEmpty || bad >= 0)
            {
                throw new ArgumentException(FormattableString.Invariant($"subgroup '{g.Name}': the study positions must lie in 0..{studies.Count - 1}, got [{string.Join(", ", g.Studies.IsDefault ? [] : g.Studies)}]"), nameof(subgroups));
            }

            var rows = g.Studies.Select(i => Row(overall, studies, i, layout, options)).ToImmutableArray();
            var weight = rows.Sum(r => r.Weight ?? 0);
            groups.Add(new ForestGroup(g.Name, rows, g.Result is null ? null : Summary(g.Result, weight, Totals(studies, g.Studies, layout))));
        }

        var all = Summary(overall, 100, Totals(studies, Enumerable.Range(0, studies.Count), layout));
        return Data(overall, layout, groups.ToImmutable(), all, options) with { SubgroupDifferences = differences };
    }

    /// <summary>
    /// A forest plot with subgroups from a label per study, the way RevMan analyses subgroups: each subgroup's
    /// studies analysed alone with the overall analysis's options (so Mantel–Haenszel subtotals stay
    /// Mantel–Haenszel), subgroups in order of first appearance, and the test for subgroup differences
    /// (<see cref="SubgroupDifferences"/>).
    /// </summary>
    /// <param name="overall">The analysis of all studies.</param>
    /// <param name="studies">The input list of the overall analysis.</param>
    /// <param name="labels">The subgroup of each study, parallel to <paramref name="studies"/>.</param>
    /// <param name="options">Years and risk-of-bias judgements of the studies.</param>
    /// <exception cref="ArgumentException">The labels do not match the studies, or a study has no subgroup label.</exception>
    public static ForestPlotData BySubgroup(AnalysisResult overall, IReadOnlyList<StudyInput> studies, IReadOnlyList<string?> labels, ForestDataOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(overall);
        ArgumentNullException.ThrowIfNull(studies);
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Count != studies.Count)
        {
            throw new ArgumentException(FormattableString.Invariant($"{labels.Count} subgroup labels for {studies.Count} studies: give one label per study"), nameof(labels));
        }

        var unlabelled = Enumerable.Range(0, labels.Count).FirstOrDefault(i => string.IsNullOrWhiteSpace(labels[i]), -1);
        if (unlabelled >= 0)
        {
            throw new ArgumentException(FormattableString.Invariant($"study {unlabelled + 1} ('{studies[unlabelled].Study}') has no subgroup label: every study of a subgroup forest plot needs one"), nameof(labels));
        }

        var subgroups = labels
            .Select((label, i) => (Label: label!.Trim(), Index: i))
            .GroupBy(x => x.Label, StringComparer.Ordinal)
            .Select(g =>
            {
                var members = g.Select(x => x.Index).ToImmutableArray();
                return new ForestSubgroup(g.Key, TryRun([.. members.Select(i => studies[i])], overall.Options), members);
            })
            .ToList();
        return FromSubgroups(overall, studies, subgroups, SubgroupDifferences(subgroups), options);
    }

    /// <summary>
    /// RevMan's test for subgroup differences: Cochran's Q among the G subtotals, each weighted by 1/SE² of its own
    /// analysis, df = G − 1, with I² = max(0, (Q − df)/Q) (Deeks, Altman and Bradburn 2001; Cochrane Handbook
    /// 10.11.3.1). It takes the subtotals as they are, so it holds for Mantel–Haenszel and Peto subtotals as RevMan
    /// computes it; for inverse-variance subtotals it equals <see cref="SubgroupResult.QBetween"/>. metafor:
    /// <c>rma(estimates, sei = se, method = "FE")</c> (QE, QEp). Subtotals under HKSJ enter with their Wald SEs
    /// (<see cref="AnalysisResult.WaldStandardError"/>), as in the report and <c>analyze --subgroup</c>.
    /// </summary>
    /// <returns>The test, or null with fewer than two subgroups that have a subtotal.</returns>
    public static QBetween? SubgroupDifferences(IReadOnlyList<ForestSubgroup> subgroups)
    {
        ArgumentNullException.ThrowIfNull(subgroups);
        var results = subgroups.Select(g => g.Result).OfType<AnalysisResult>().ToList();
        return results.Count < 2
            ? null
            : QBetween.FromEstimates([.. results.Select(r => r.Model.Estimate)], [.. results.Select(r => r.WaldStandardError)]);
    }

    /// <summary>
    /// A leave-one-out forest plot: one row "Omitting X" per study with the pooled estimate without it, the columns
    /// Tau², I² and P when the rows carry them, the pooled estimate of all studies as the diamond "All studies"
    /// and a dashed line at it.
    /// </summary>
    /// <param name="measure">The effect measure (ratios are plotted on a log axis).</param>
    /// <param name="rows">The steps, on the analysis scale (metafor <c>leave1out</c>).</param>
    /// <param name="pooled">The analysis of all studies, for the diamond and the method label; null for none.</param>
    public static ForestPlotData LeaveOneOut(EffectMeasure measure, IEnumerable<SensitivityRow> rows, AnalysisResult? pooled = null) =>
        Sensitivity(measure, rows, pooled, "Omitting ");

    /// <summary>
    /// A cumulative forest plot: one row "Adding X" per step with the pooled estimate of the studies so far (in the
    /// order given, e.g. by year), and the pooled estimate of all studies as the diamond.
    /// </summary>
    public static ForestPlotData Cumulative(EffectMeasure measure, IEnumerable<SensitivityRow> rows, AnalysisResult? pooled = null) =>
        Sensitivity(measure, rows, pooled, "Adding ");

    /// <summary>
    /// A leave-one-out forest plot from the engine's <see cref="Statistics.Sensitivity.LeaveOneOut.Fit"/> run on the
    /// analysis's own effects (<c>pooled.Effects.Yi</c>, <c>Vi</c>), its studies named from <c>pooled.Effects.Studies</c>.
    /// </summary>
    /// <exception cref="ArgumentException">A fit omits a study the analysis does not have.</exception>
    public static ForestPlotData LeaveOneOut(AnalysisResult pooled, LeaveOneOutResult result)
    {
        ArgumentNullException.ThrowIfNull(pooled);
        ArgumentNullException.ThrowIfNull(result);
        return LeaveOneOut(pooled.Measure, result.Fits.Select(f => SensitivityRow.From(f, StudyAt(pooled, f.Omitted))), pooled);
    }

    /// <summary>
    /// A cumulative forest plot from the engine's <see cref="CumulativeMetaAnalysis"/> run on the analysis's own
    /// effects, in the order of its steps.
    /// </summary>
    /// <exception cref="ArgumentException">A step adds a study the analysis does not have.</exception>
    public static ForestPlotData Cumulative(AnalysisResult pooled, CumulativeResult result)
    {
        ArgumentNullException.ThrowIfNull(pooled);
        ArgumentNullException.ThrowIfNull(result);
        return Cumulative(pooled.Measure, result.Steps.Select(f => SensitivityRow.From(f, StudyAt(pooled, f.Added))), pooled);
    }

    /// <summary>The pooled result of an analysis as a diamond with its heterogeneity and test lines.</summary>
    /// <param name="result">The analysis.</param>
    /// <param name="weight">The weight to print (100 for a total), or null.</param>
    public static ForestSummary Summary(AnalysisResult result, double? weight = 100)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Summary(result, weight, null);
    }

    /// <summary>RevMan's name of a measure, e.g. "Odds Ratio", "Std. Mean Difference".</summary>
    public static string EffectLabel(EffectMeasure measure) => measure switch
    {
        EffectMeasure.MD => "Mean Difference",
        EffectMeasure.SMD => "Std. Mean Difference",
        EffectMeasure.ROM => "Ratio of Means",
        EffectMeasure.RR => "Risk Ratio",
        EffectMeasure.OR => "Odds Ratio",
        EffectMeasure.RD => "Risk Difference",
        EffectMeasure.PETO => "Peto Odds Ratio",
        EffectMeasure.IRR => "Rate Ratio",
        EffectMeasure.COR or EffectMeasure.ZCOR => "Correlation",
        EffectMeasure.PR or EffectMeasure.PLO or EffectMeasure.PAS or EffectMeasure.PFT => "Proportion",
        _ => "Estimate",
    };

    /// <summary>The short name of a measure, e.g. "OR", "Peto OR", "r".</summary>
    public static string EffectAbbreviation(EffectMeasure measure) => measure switch
    {
        EffectMeasure.PETO => "Peto OR",
        EffectMeasure.COR or EffectMeasure.ZCOR => "r",
        EffectMeasure.PR or EffectMeasure.PLO or EffectMeasure.PAS or EffectMeasure.PFT => "Proportion",
        EffectMeasure.GEN => "Estimate",
        _ => measure.ToString(),
    };

    /// <summary>
    /// RevMan's method line, e.g. "M-H, Fixed, 95% CI", "IV, Random, 95% CI". A tau² estimator other than
    /// DerSimonian–Laird and the Hartung–Knapp–Sidik–Jonkman test are named: "IV, Random (REML, HKSJ), 95% CI".
    /// </summary>
    public static string MethodLabel(MetaAnalysisResult model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var method = model.Method switch
        {
            PoolingMethod.MH => "M-H",
            PoolingMethod.Peto => "Peto",
            _ => "IV",
        };
        var details = new List<string>();
        if (model.Model == EffectModel.Random && model.Tau2Method is { } tau2 && tau2 != Statistics.Estimators.Tau2Method.DL)
        {
            details.Add(tau2.ToString());
        }

        if (model.Test == TestMethod.Knha)
        {
            details.Add("HKSJ");
        }

        var kind = model.Model == EffectModel.Random ? "Random" : "Fixed";
        if (details.Count > 0)
        {
            kind += " (" + string.Join(", ", details) + ")";
        }

        return $"{method}, {kind}, {LevelText(model.Level)} CI";
    }

    internal static string LevelText(double level) => Results.NumberFormat.Level(level);

    private static ForestPlotData Data(AnalysisResult result, ColumnSet layout, ImmutableArray<ForestGroup> groups, ForestSummary overall, ForestDataOptions? options)
    {
        var measure = result.Measure;
        return new ForestPlotData
        {
            EffectLabel = EffectLabel(measure),
            EffectAbbreviation = EffectAbbreviation(measure),
            MethodLabel = MethodLabel(result.Model),
            LogScale = measure.IsRatio(),
            NullValue = NullLine(measure),
            Columns = layout.Columns,
            Groups = groups,
            Overall = overall,
            RiskOfBiasTool = options?.RiskOfBias?.Tool,
        };
    }

    private static ForestPlotData Sensitivity(EffectMeasure measure, IEnumerable<SensitivityRow> steps, AnalysisResult? pooled, string prefix)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var list = steps.ToList();
        var hasTau2 = list.Any(r => r.Tau2 is not null);
        var hasI2 = list.Any(r => r.I2 is not null);
        var hasP = list.Any(r => r.PValue is not null);
        var columns = ImmutableArray.CreateBuilder<ForestColumn>();
        if (hasTau2)
        {
            columns.Add(new ForestColumn("Tau²"));
        }

        if (hasI2)
        {
            columns.Add(new ForestColumn("I²"));
        }

        if (hasP)
        {
            columns.Add(new ForestColumn("P"));
        }

        var rows = list.Select(r =>
        {
            var cells = new List<string?>();
            if (hasTau2)
            {
                cells.Add(r.Tau2 is { } t ? NumberText.Fixed(t, 4) : null);
            }

            if (hasI2)
            {
                cells.Add(r.I2 is { } i2 ? NumberText.Percent(i2) : null);
            }

            if (hasP)
            {
                cells.Add(r.PValue is { } p ? NumberText.RevManP(p).TrimStart('=', ' ') : null);
            }

            return new ForestRow
            {
                Label = prefix + r.Study,
                Estimate = Display(measure, r.Estimate, null),
                CiLower = Display(measure, r.CiLower, null),
                CiUpper = Display(measure, r.CiUpper, null),
                Cells = [.. cells],
            };
        }).ToImmutableArray();

        ForestSummary? overall = null;
        if (pooled is not null)
        {
            overall = Summary(pooled, null, null) with { Label = "All studies", Heterogeneity = null, Test = null, PredictionLower = null, PredictionUpper = null };
        }

        return new ForestPlotData
        {
            EffectLabel = EffectLabel(measure),
            EffectAbbreviation = EffectAbbreviation(measure),
            MethodLabel = pooled is null ? null : MethodLabel(pooled.Model),
            LogScale = measure.IsRatio(),
            NullValue = NullLine(measure),
            ReferenceValue = overall?.Estimate,
            Columns = columns.ToImmutable(),
            Groups = [new ForestGroup(null, rows)],
            Overall = overall,
        };
    }

    private static ForestSummary Summary(AnalysisResult result, double? weight, Totals? totals)
    {
        var m = result.Model;
        var bt = result.BackTransformed;
        var measure = result.Measure;
        // With one study a prediction interval says nothing the confidence interval does not.
        var pi = m.K >= 2 ? m.PredictionInterval : null;
        return new ForestSummary
        {
            Estimate = bt?.Estimate ?? m.Estimate,
            CiLower = bt?.CiLower ?? m.CiLower,
            CiUpper = bt?.CiUpper ?? m.CiUpper,
            Level = m.Level,
            Weight = weight,
            Cells = totals?.Cells ?? [],
            TextRows = totals?.TextRows ?? [],
            PredictionLower = pi is null ? null : bt?.PiLower ?? Display(measure, pi.Value.Lower, null),
            PredictionUpper = pi is null ? null : bt?.PiUpper ?? Display(measure, pi.Value.Upper, null),
            // RevMan's line "Chi² = Q, df (P); I²" gives the I² of that Q.
            Heterogeneity = new HeterogeneityStatistics(m.Q, m.QDf, m.QP, m.I2FromQ, m.Model == EffectModel.Random ? m.Tau2 : null),
            Test = new EffectTest(m.Statistic, m.PValue, m.Df),
        };
    }

    private static ForestRow Row(AnalysisResult result, IReadOnlyList<StudyInput>? studies, int index, ColumnSet layout, ForestDataOptions? options)
    {
        var effects = result.Effects;
        var measure = result.Measure;
        int j;
        string label;
        StudyData? data = null;
        if (studies is null)
        {
            j = index;
            label = effects.Studies[index];
        }
        else
        {
            j = effects.InputIndices.IndexOf(index);
            label = studies[index].Study;
            data = studies[index].Data;
        }

        var row = new ForestRow
        {
            Label = label,
            Cells = data is null ? [] : layout.Cells(data),
            Year = studies is null ? null : options?.Years?[index],
            RiskOfBias = options?.RiskOfBias is { } rob ? Match(rob, label) : null,
        };
        if (j < 0)
        {
            return row;
        }

        var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - (1 - result.Model.Level) / 2);
        var yi = effects.Yi[j];
        var se = Math.Sqrt(effects.Vi[j]);
        var n = data is ProportionData p ? p.N : (double?)null;
        return row with
        {
            Estimate = Display(measure, yi, n),
            CiLower = Display(measure, yi - z * se, n),
            CiUpper = Display(measure, yi + z * se, n),
            Weight = j < result.Model.WeightPercent.Length ? result.Model.WeightPercent[j] : null,
        };
    }

    /// <summary>
    /// The line of no effect on the reporting scale: the engine's null value (0 or 1), and r = 0 for correlations
    /// (metafor's <c>forest</c> draws its reference line there too); none for proportions.
    /// </summary>
    private static double? NullLine(EffectMeasure measure) =>
        (measure.NullValue() ?? (measure is EffectMeasure.COR or EffectMeasure.ZCOR ? 0 : null)) is { } n ? Display(measure, n, null) : null;

    /// <summary>A value on the analysis scale shown on the reporting scale (per-study n for the Freeman–Tukey inverse).</summary>
    private static double Display(EffectMeasure measure, double value, double? n) =>
        measure.HasBackTransform() ? measure.BackTransform(value, n) : value;

    private static StudyJudgements? Match(RiskOfBiasAssessment rob, string label)
    {
        var key = Normalise(label);
        return rob.Studies.FirstOrDefault(s => Normalise(s.Study) == key);
    }

    private static string Normalise(string s) => string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    private static void CheckStudies(AnalysisResult result, IReadOnlyList<StudyInput>? studies, ForestDataOptions? options)
    {
        options?.RiskOfBias?.Validate();
        if (studies is null)
        {
            return;
        }

        var effects = result.Effects;
        if (effects.InputIndices.Any(i => i >= studies.Count))
        {
            throw new ArgumentException(FormattableString.Invariant($"the analysis has studies at input positions up to {effects.InputIndices.Max()}, but only {studies.Count} studies were given: pass the list the analysis was run on"), nameof(studies));
        }

        for (var j = 0; j < effects.K; j++)
        {
            if (!string.Equals(effects.Studies[j], studies[effects.InputIndices[j]].Study, StringComparison.Ordinal))
            {
                throw new ArgumentException(FormattableString.Invariant($"study {effects.InputIndices[j] + 1} of the list is '{studies[effects.InputIndices[j]].Study}' but the analysis has '{effects.Studies[j]}' there: pass the list the analysis was run on"), nameof(studies));
            }
        }

        if (options?.Years is { } years && years.Count != studies.Count)
        {
            throw new ArgumentException(FormattableString.Invariant($"{years.Count} years for {studies.Count} studies"), nameof(options));
        }
    }

    private static string StudyAt(AnalysisResult pooled, int index) =>
        index >= 0 && index < pooled.Effects.K
            ? pooled.Effects.Studies[index]
            : throw new ArgumentException(FormattableString.Invariant($"the sensitivity result refers to study {index + 1}, but the analysis has {pooled.Effects.K} studies: run it on pooled.Effects.Yi and Vi"), nameof(pooled));

    private static AnalysisResult? TryRun(IReadOnlyList<StudyInput> studies, AnalysisOptions options)
    {
        try
        {
            return MetaAnalysis.Run(studies, options);
        }
        catch (AnalysisException)
        {
            // No study of the subgroup can enter an analysis: its rows say "Not estimable" and it has no subtotal.
            return null;
        }
    }

    private static Totals? Totals(IReadOnlyList<StudyInput>? studies, IEnumerable<int> indices, ColumnSet layout) =>
        studies is null ? null : layout.Totals([.. indices.Select(i => studies[i].Data)]);

    private static ColumnSet DataColumns(IReadOnlyList<StudyInput>? studies) =>
        studies is null || studies.Count == 0 ? ColumnSet.None : ColumnSet.For(studies[0].Data);
}
