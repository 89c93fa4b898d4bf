using MetaReview.Reporting.Plots.Forest;
using MetaReview.Reporting.Plots.Funnel;
using MetaReview.Reporting.Report.Document;
using MetaReview.Review.Project;
using MetaReview.Review.Synthesis;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Reporting.Report.Review;

/// <summary>The figures of an outcome: forest plot (with subgroups and risk of bias), leave-one-out forest, funnel plot.</summary>
internal static class ReportFigures
{
    /// <summary>The outcome's forest plot in RevMan's layout, by the first planned subgroup variable when there is one.</summary>
    public static Figure Forest(ReviewProject project, OutcomeSynthesis synthesis)
    {
        var analysis = synthesis.Analysis!;
        var outcome = synthesis.Outcome;
        var inputs = outcome.ToStudyInputs();
        var options = new ForestDataOptions { RiskOfBias = RiskOfBiasSection.ForOutcome(project, outcome) };
        ForestPlotData data;
        var caption = $"Forest plot: {outcome.Name}";
        if (synthesis.Subgroups.FirstOrDefault(s => s.Levels.Length >= 1) is { } subgroups)
        {
            var groups = subgroups.Levels.Select(l => new ForestSubgroup(l.Value, l.Analysis,
                [.. Enumerable.Range(0, outcome.Data.Length).Where(i => outcome.Data[i].Study.Characteristic(subgroups.Characteristic.Id) == l.Value)])).ToList();
            data = ForestData.FromSubgroups(analysis, inputs, groups, subgroups.QBetween, options);
            caption += $", by {subgroups.Characteristic.Name.ToLowerInvariant()}";
        }
        else
        {
            data = ForestData.FromAnalysis(analysis, inputs, options);
        }

        return new Figure($"forest-{outcome.Id}", caption, ForestPlot.Create(data, Options(outcome, analysis.Measure, $"forest-{outcome.Id}")));
    }

    /// <summary>The leave-one-out forest plot.</summary>
    public static Figure LeaveOneOut(OutcomeSynthesis synthesis, SensitivitySynthesis loo)
    {
        var analysis = synthesis.Analysis!;
        var rows = loo.LeaveOneOut.Select(r => new SensitivityRow(r.Omitted, r.Analysis.Model.Estimate, r.Analysis.Model.CiLower, r.Analysis.Model.CiUpper)
        {
            Tau2 = r.Analysis.Model.Tau2,
            I2 = r.Analysis.Model.I2,
            PValue = r.Analysis.Model.PValue,
        });
        var id = $"loo-{synthesis.Outcome.Id}";
        return new Figure(id, $"Leave-one-out forest plot: {synthesis.Outcome.Name}",
            ForestPlot.Create(ForestData.LeaveOneOut(analysis.Measure, rows, analysis), Options(synthesis.Outcome, analysis.Measure, id)));
    }

    /// <summary>The contour-enhanced funnel plot with trim-and-fill's filled studies and Egger's line.</summary>
    public static Figure Funnel(OutcomeSynthesis synthesis, SmallStudySynthesis small)
    {
        var analysis = synthesis.Analysis!;
        var filled = small.TrimAndFill.Filled.Select(f => (f.Yi, f.Vi)).ToList();
        var data = FunnelData.FromAnalysis(analysis, filled, EggerLine.From(small.EggerMixedEffects));
        var id = $"funnel-{synthesis.Outcome.Id}";
        return new Figure(id, $"Contour-enhanced funnel plot: {synthesis.Outcome.Name} (open circles: studies filled by trim-and-fill; line: Egger's regression)",
            FunnelPlot.Create(data, new FunnelPlotOptions { ContourEnhanced = !IsProportion(analysis.Measure), IdPrefix = id }));
    }

    private static bool IsProportion(EffectMeasure measure) => measure.DataType() == DataType.Proportion;

    private static ForestPlotOptions Options(ReviewOutcome outcome, EffectMeasure measure, string id)
    {
        // RevMan puts benefit of the experimental intervention on the left for outcomes where lower is better
        // (events), and on the right where higher is better (function scores).
        var higherBetter = outcome.Direction == OutcomeDirection.HigherIsBetter;
        var proportion = IsProportion(measure);
        return new ForestPlotOptions
        {
            FavoursLeft = proportion ? null : higherBetter ? "Favours [control]" : "Favours [experimental]",
            FavoursRight = proportion ? null : higherBetter ? "Favours [experimental]" : "Favours [control]",
            IdPrefix = id,
        };
    }
}
