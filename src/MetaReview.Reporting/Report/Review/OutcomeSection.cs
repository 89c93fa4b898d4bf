using System.Collections.Immutable;
using MetaReview.Reporting.Report.Document;
using MetaReview.Review.Project;
using MetaReview.Review.Synthesis;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;
using static MetaReview.Reporting.Report.Review.ReportText;

namespace MetaReview.Reporting.Report.Review;

/// <summary>One outcome's results: the study table with the pooled result, subgroups, sensitivity and small-study effects.</summary>
internal static class OutcomeSection
{
    public static IEnumerable<Block> Blocks(ReviewProject project, OutcomeSynthesis synthesis, int number)
    {
        var outcome = synthesis.Outcome;
        var when = string.Join(", ", new[] { outcome.TimePoint, outcome.Unit }.Where(t => t is not null));
        yield return new Heading(3, $"{number}. {outcome.Name}", "outcome-" + outcome.Id);
        if (when.Length > 0)
        {
            yield return Paragraph.Of($"{when}; {(outcome.Direction == OutcomeDirection.HigherIsBetter ? "higher is better" : "lower is better")}.", ParagraphKind.Note);
        }

        if (synthesis.Analysis is not { } analysis)
        {
            yield return Paragraph.Of($"No analysis: {synthesis.Problem}", ParagraphKind.Warning);
            foreach (var m in outcome.Missing)
            {
                yield return Paragraph.Of($"{m.Study.Label}: {m.Reason}", ParagraphKind.Note);
            }

            yield break;
        }

        yield return Paragraph.Of(Summary(synthesis, analysis));
        yield return ReportFigures.Forest(project, synthesis);
        yield return StudyTable(synthesis, analysis);
        foreach (var s in synthesis.Subgroups)
        {
            yield return SubgroupTable(s);
        }

        var sensitivity = synthesis.Sensitivity.Where(s => s.LeaveOneOut.IsEmpty).ToList();
        if (sensitivity.Count > 0)
        {
            yield return SensitivityTable(analysis, sensitivity);
        }

        foreach (var loo in synthesis.Sensitivity.Where(s => !s.LeaveOneOut.IsEmpty))
        {
            yield return ReportFigures.LeaveOneOut(synthesis, loo);
            yield return LeaveOneOutTable(analysis, loo);
        }

        foreach (var regression in synthesis.MetaRegression)
        {
            yield return MetaRegressionTable(analysis, regression);
        }

        yield return new Heading(4, "Small-study effects");
        if (synthesis.SmallStudy is { } small)
        {
            yield return ReportFigures.Funnel(synthesis, small);
            yield return SmallStudyTable(analysis, small);
        }
        else
        {
            yield return Paragraph.Of($"Not assessed: {Plural(analysis.Model.K, "study", "studies")}; tests for funnel-plot asymmetry need at least 10 (Sterne et al. 2011).", ParagraphKind.Note);
        }

        foreach (var m in outcome.Missing)
        {
            yield return Paragraph.Of($"Not in this analysis: {m.Study.Label} ({m.Reason}).", ParagraphKind.Note);
        }
    }

    private static string Summary(OutcomeSynthesis synthesis, AnalysisResult analysis)
    {
        var m = analysis.Model;
        var participants = synthesis.Participants is { } n ? $", {n} participants" : "";
        var text = $"{Plural(m.K, "study", "studies")}{participants}: {EffectHeading(analysis)} {Effect(analysis)}; test for overall effect {OverallTest(m)}.";
        if (m.K >= 2)
        {
            text += $" Heterogeneity: {Heterogeneity(m)}.";
        }

        if (m.PredictionInterval is { } pi)
        {
            var (lower, upper) = analysis.Measure.IsRatio() ? (Math.Exp(pi.Lower), Math.Exp(pi.Upper)) : (pi.Lower, pi.Upper);
            text += $" {Level(m.Level)} prediction interval {F(lower)} to {F(upper)}.";
        }

        return text;
    }

    private static Table StudyTable(OutcomeSynthesis synthesis, AnalysisResult analysis)
    {
        var outcome = synthesis.Outcome;
        var effects = analysis.Effects;
        var m = analysis.Model;
        var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - (1 - m.Level) / 2);
        var continuous = outcome.Type == DataType.Continuous;
        var binary = outcome.Type == DataType.Binary;
        var header = ImmutableArray.CreateBuilder<string>();
        header.Add("Study");
        if (continuous)
        {
            header.AddRange("Exp. mean", "Exp. SD", "Exp. total", "Ctrl mean", "Ctrl SD", "Ctrl total");
        }
        else if (binary)
        {
            header.AddRange("Exp. events", "Exp. total", "Ctrl events", "Ctrl total");
        }

        header.AddRange("Weight", EffectHeading(analysis));
        var rows = ImmutableArray.CreateBuilder<TableRow>();
        for (var i = 0; i < effects.K; i++)
        {
            var data = outcome.Data[effects.InputIndices[i]].Data;
            var cells = new List<string> { effects.Studies[i] };
            switch (data)
            {
                case ContinuousArms c when continuous:
                    cells.AddRange([F(c.MeanE), F(c.SdE), Int(c.NE), F(c.MeanC), F(c.SdC), Int(c.NC)]);
                    break;
                case BinaryArms b when binary:
                    cells.AddRange([Int(b.EventsE), Int(b.NE), Int(b.EventsC), Int(b.NC)]);
                    break;
                default:
                    cells.AddRange(Enumerable.Repeat("–", continuous ? 6 : binary ? 4 : 0));
                    break;
            }

            var se = Math.Sqrt(effects.Vi[i]);
            cells.Add(F(m.WeightPercent[i], 1) + "%");
            cells.Add(Effect(analysis.Measure, effects.Yi[i], effects.Yi[i] - z * se, effects.Yi[i] + z * se));
            rows.Add(new TableRow([.. cells]));
        }

        var total = new List<string> { $"Total ({Level(m.Level)} CI)" };
        if (continuous || binary)
        {
            var included = effects.InputIndices.Select(i => outcome.Data[i].Data).ToList();
            total.AddRange(continuous
                ? ["", "", Int(included.OfType<ContinuousArms>().Sum(c => c.NE)), "", "", Int(included.OfType<ContinuousArms>().Sum(c => c.NC))]
                : [Int(included.OfType<BinaryArms>().Sum(b => b.EventsE)), Int(included.OfType<BinaryArms>().Sum(b => b.NE)), Int(included.OfType<BinaryArms>().Sum(b => b.EventsC)), Int(included.OfType<BinaryArms>().Sum(b => b.NC))]);
        }

        total.AddRange(["100.0%", Effect(analysis)]);
        rows.Add(new TableRow([.. total], TableRowKind.Total));
        var footnotes = new List<string> { $"Heterogeneity: {Heterogeneity(m)}", $"Test for overall effect: {OverallTest(m)}" };
        footnotes.AddRange(effects.Excluded.Select(e => $"Not pooled: {e.Study}: {e.Message}"));
        var numeric = Enumerable.Range(1, header.Count - 1).ToImmutableArray();
        return new Table($"{outcome.Name}: study data and effects ({MethodsSection.Describe(analysis.Options)})", header.ToImmutable(), rows.ToImmutable(), [.. footnotes], numeric);
    }

    private static Table SubgroupTable(SubgroupSynthesis s)
    {
        var rows = s.Levels.Select(l =>
        {
            var m = l.Analysis.Model;
            return TableRow.Of(l.Value, m.K.ToString(System.Globalization.CultureInfo.InvariantCulture), Effect(l.Analysis),
                m.K >= 2 ? F(m.Tau2) : "–", m.K >= 2 ? Percent(m.I2FromQ) : "–", m.K >= 2 ? $"{F(m.Q)} (df {m.QDf})" : "–", OverallTest(m));
        });
        var footnotes = new List<string>();
        if (s.QBetween is { } qb)
        {
            footnotes.Add($"Test for subgroup differences: Chi\u00b2 = {F(qb.Q)}, df = {qb.Df} ({P(qb.PValue)}), I\u00b2 = {F(qb.I2, 1)}%");
        }

        if (s.ModeratorTest is { } t)
        {
            var stat = t.DfDenominator is { } dfd ? $"F({t.Df}, {dfd}) = {F(t.Q)}" : $"QM = {F(t.Q)}, df = {t.Df}";
            footnotes.Add($"Mixed-effects moderator test (common residual tau\u00b2 = {F(t.Tau2Residual)}): {stat} ({P(t.PValue)})");
        }

        footnotes.AddRange(s.Notes);
        return new Table($"Subgroups by {s.Characteristic.Name.ToLowerInvariant()}", ["Subgroup", "Studies", "Effect [CI]", "Tau\u00b2", "I\u00b2", "Chi\u00b2", "Test for overall effect"],
            [.. rows], [.. footnotes], [1, 2, 3, 4, 5]);
    }

    private static Table SensitivityTable(AnalysisResult main, List<SensitivitySynthesis> analyses)
    {
        var rows = new List<TableRow> { Row("Main analysis", main, "") };
        rows.AddRange(analyses.Select(s => s.Analysis is { } a
            ? Row(s.Plan.Name, a, s.Omitted.IsEmpty ? "" : "Without " + string.Join(", ", s.Omitted))
            : TableRow.Of(s.Plan.Name, "–", "–", "–", "–", "–", s.Problem ?? "")));
        return new Table("Sensitivity analyses", ["Analysis", "Studies", "Effect [CI]", "Model", "Tau\u00b2", "I\u00b2", "Notes"], [.. rows], [], [1, 2, 4, 5]);

        static TableRow Row(string name, AnalysisResult a, string notes) =>
            TableRow.Of(name, a.Model.K.ToString(System.Globalization.CultureInfo.InvariantCulture), Effect(a), MethodsSection.Short(a.Options),
                a.Model.K >= 2 ? F(a.Model.Tau2) : "–", a.Model.K >= 2 ? Percent(a.Model.I2FromQ) : "–", notes);
    }

    private static Table MetaRegressionTable(AnalysisResult main, MetaRegressionSynthesis regression)
    {
        var caption = $"Meta-regression on {regression.Formula.Text}";
        if (regression.Result is not { } r)
        {
            return new Table(caption, ["Problem"], [TableRow.Of(regression.Problem ?? "")], [], []);
        }

        var statistic = r.Df is { } df ? $"t({df})" : "z";
        var rows = r.Coefficients.Select(c => TableRow.Of(c.Name, F(c.Estimate, 4), F(c.StandardError, 4), F(c.Statistic), P(c.PValue).Replace("P = ", "", StringComparison.Ordinal),
            $"[{F(c.CiLower, 4)}, {F(c.CiUpper, 4)}]"));
        var test = r.QmDfDenominator is { } dfd ? $"F({r.QmDf}, {dfd}) = {F(r.Qm)}" : $"QM = {F(r.Qm)}, df = {r.QmDf}";
        var footnotes = new List<string>
        {
            $"{Plural(r.K, "study", "studies")}; {(r.Model == Statistics.Models.EffectModel.Random ? $"mixed-effects model ({r.Tau2Method} tau²)" : "fixed-effects model")}; coefficients on the analysis scale{(main.Measure.IsRatio() ? " (log " + MeasureAbbreviation(main.Measure) + ")" : "")}.",
            $"Test of moderators: {test} ({P(r.QmP)}). Residual heterogeneity: QE = {F(r.Qe)}, df = {r.QeDf} ({P(r.QeP)}); tau\u00b2 = {F(r.Tau2, 4)}; I\u00b2 = {F(r.I2, 1)}%{(r.R2 is { } r2 ? $"; R\u00b2 = {F(r2, 1)}%" : "")}.",
        };
        if (!regression.Omitted.IsEmpty)
        {
            footnotes.Add($"Left out (no value for a moderator): {string.Join(", ", regression.Omitted)}.");
        }

        footnotes.AddRange(r.Warnings);
        return new Table(caption, ["Coefficient", "Estimate", "SE", statistic, "P", "95% CI"], [.. rows], [.. footnotes], [1, 2, 3, 4, 5]);
    }

    private static Table SmallStudyTable(AnalysisResult main, SmallStudySynthesis small)
    {
        static string Regression(Statistics.SmallStudy.RegressionTestResult r) =>
            (r.Df is { } df ? $"t = {F(r.Statistic)}, df = {Int(df)}" : $"z = {F(r.Statistic)}") + $" ({P(r.PValue)})";
        var rows = new List<TableRow>
        {
            TableRow.Of("Egger's regression test (weighted regression)", Regression(small.Egger), $"intercept {F(small.Egger.Intercept)} (SE {F(small.Egger.InterceptStandardError)})"),
            TableRow.Of("Egger's test, mixed-effects (SE as moderator)", Regression(small.EggerMixedEffects),
                small.EggerMixedEffects.LimitEstimate is { } limit ? $"limit estimate as SE → 0: {Effect(main.Measure, limit, small.EggerMixedEffects.LimitCiLower ?? double.NaN, small.EggerMixedEffects.LimitCiUpper ?? double.NaN)}" : ""),
            TableRow.Of("Begg and Mazumdar rank correlation", $"Kendall's tau = {F(small.Begg.Tau, 3)} ({P(small.Begg.PValue)})", small.Begg.Exact ? "exact p" : "normal approximation"),
            TableRow.Of("Trim-and-fill (L0)", $"{Plural(small.TrimAndFill.K0, "study", "studies")} filled on the {small.TrimAndFill.Side.ToString().ToLowerInvariant()}",
                $"adjusted estimate {Effect(main.Measure, small.TrimAndFill.Estimate, small.TrimAndFill.CiLower, small.TrimAndFill.CiUpper)}"),
        };
        if (small.Peters is { } peters)
        {
            rows.Add(TableRow.Of("Peters' test", Regression(peters), ""));
        }

        if (small.Harbord is { } harbord)
        {
            rows.Add(TableRow.Of("Harbord's test", Regression(harbord), ""));
        }

        return new Table($"Small-study effects ({Plural(main.Model.K, "study", "studies")})", ["Test", "Result", "Notes"], [.. rows],
            ["A small P value suggests funnel-plot asymmetry, which small-study effects, publication bias, heterogeneity or chance can cause (Sterne et al. 2011)."], []);
    }

    private static Table LeaveOneOutTable(AnalysisResult main, SensitivitySynthesis loo)
    {
        var rows = loo.LeaveOneOut.Select(r => TableRow.Of(r.Omitted, r.Analysis.Model.K.ToString(System.Globalization.CultureInfo.InvariantCulture), Effect(r.Analysis),
            r.Analysis.Model.K >= 2 ? F(r.Analysis.Model.Tau2) : "–", r.Analysis.Model.K >= 2 ? Percent(r.Analysis.Model.I2FromQ) : "–")).ToList();
        rows.Add(new TableRow([$"None (all {main.Model.K})", main.Model.K.ToString(System.Globalization.CultureInfo.InvariantCulture), Effect(main), main.Model.K >= 2 ? F(main.Model.Tau2) : "–", main.Model.K >= 2 ? Percent(main.Model.I2FromQ) : "–"], TableRowKind.Total));
        return new Table("Leave-one-out: the analysis without each study in turn", ["Study left out", "Studies", "Effect [CI]", "Tau\u00b2", "I\u00b2"], [.. rows], [], [1, 2, 3, 4]);
    }
}
