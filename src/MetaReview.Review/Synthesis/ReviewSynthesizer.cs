using System.Collections.Immutable;
using MetaReview.Review.Grade;
using MetaReview.Review.Project;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.MetaRegression;
using MetaReview.Statistics.SmallStudy;
using MetaReview.Statistics.Subgroups;

namespace MetaReview.Review.Synthesis;

/// <summary>
/// Runs every analysis a review project plans: for each outcome the main analysis with its settings, the planned
/// subgroup and sensitivity analyses, the GRADE suggestion (with the reviewers' overrides) and the summary-of-findings
/// row. Pure computation: no I/O.
/// </summary>
public static class ReviewSynthesizer
{
    /// <summary>Analyses every outcome of <paramref name="project"/>, the outcomes in parallel (each on its own data).</summary>
    public static ReviewSynthesis Run(ReviewProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var outcomes = new OutcomeSynthesis[project.Outcomes.Length];
        Parallel.For(0, outcomes.Length, i => outcomes[i] = Outcome(project, project.Outcomes[i]));
        return new ReviewSynthesis(project, [.. outcomes]);
    }

    /// <summary>Analyses one outcome.</summary>
    public static OutcomeSynthesis Outcome(ReviewProject project, ReviewOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Data.IsEmpty)
        {
            return new OutcomeSynthesis { Outcome = outcome, Problem = "No study has data for this outcome." };
        }

        var options = outcome.Analysis.Options;
        AnalysisResult analysis;
        try
        {
            analysis = MetaAnalysis.Run(outcome.ToStudyInputs(), options);
        }
        catch (AnalysisException e)
        {
            return new OutcomeSynthesis { Outcome = outcome, Problem = e.Message };
        }

        var studies = analysis.Effects.InputIndices.Select(i => outcome.Data[i].Study).ToImmutableArray();
        var included = analysis.Effects.InputIndices.Select(i => outcome.Data[i]).ToList();
        var participants = Participants(included);
        var controlRisk = outcome.Type == DataType.Binary ? MedianControlRisk(included) : null;
        var smallStudy = analysis.Model.K >= MinimumStudiesForSmallStudyTests ? SmallStudy(outcome, analysis, included) : null;
        var grade = GradeAssessor.Assess(new GradeInput
        {
            Outcome = outcome.Name,
            Randomised = studies.All(s => s.IsRandomised),
            Analysis = analysis,
            RiskOfBias = [.. studies.Select(s => project.RiskOfBiasLevelFor(s.Id, outcome.Id))],
            MinimalImportantDifference = outcome.MinimalImportantDifference?.Value,
            Participants = participants,
            ControlRisk = controlRisk,
            OutcomeSd = outcome.Type == DataType.Continuous ? MedianControlSd(included) : null,
            Overrides = [.. outcome.Grade.Select(g => g.ToJudgement())],
            SmallStudyTest = smallStudy is null ? null : new SmallStudyAssessment("Egger's regression test", smallStudy.Egger.K, smallStudy.Egger.PValue),
        });
        var unit = outcome.Measure == EffectMeasure.MD ? outcome.Unit : null;
        var sof = SummaryOfFindingsRow.Build(grade, analysis, participants, controlRisk,
            controlRisk is null ? null : "median control-group risk of the included studies", unit);

        return new OutcomeSynthesis
        {
            Outcome = outcome,
            Analysis = analysis,
            Studies = studies,
            Participants = participants,
            Subgroups = [.. outcome.Analysis.Subgroups.Select(id => Subgroups(project, outcome, id, options))],
            Sensitivity = [.. outcome.Analysis.Sensitivity.Select(s => Sensitivity(project, outcome, s))],
            MetaRegression = [.. outcome.Analysis.MetaRegression.Select(f => MetaRegression(project, analysis, studies, f, options))],
            SmallStudy = smallStudy,
            Grade = grade,
            SummaryOfFindings = sof,
            ControlRisk = controlRisk,
        };
    }

    /// <summary>Tests for small-study effects need at least this many studies (Sterne et al. 2011, BMJ 343:d4002).</summary>
    public const int MinimumStudiesForSmallStudyTests = 10;

    private static SmallStudySynthesis SmallStudy(ReviewOutcome outcome, AnalysisResult analysis, List<OutcomeData> included)
    {
        var yi = analysis.Effects.Yi.ToArray();
        var vi = analysis.Effects.Vi.ToArray();
        var model = analysis.Options.Model;
        var tables = outcome.Type == DataType.Binary && included.All(d => d.Data is BinaryArms) ? included.Select(d => (BinaryArms)d.Data).ToList() : null;
        return new SmallStudySynthesis(
            EggerTest.Classical(yi, vi, model.Level),
            EggerTest.MixedEffects(yi, vi, model),
            RankCorrelationTest.Run(yi, vi),
            TrimAndFill.Run(yi, vi, new TrimAndFillOptions { Model = model }),
            tables is null ? null : PetersTest.Run(yi, tables, model.Level),
            tables is not null && outcome.Measure == EffectMeasure.OR ? HarbordTest.Run(tables, model.Level) : null);
    }

    private static SubgroupSynthesis Subgroups(ReviewProject project, ReviewOutcome outcome, string characteristicId, AnalysisOptions options)
    {
        var characteristic = project.FindCharacteristic(characteristicId)
            ?? throw new InvalidOperationException($"The loader guarantees characteristic '{characteristicId}' exists.");
        var notes = ImmutableArray.CreateBuilder<string>();
        var labels = outcome.Data.Select(d => d.Study.Characteristic(characteristic.Id)).ToArray();
        var order = outcome.Subgroups(characteristic).Select(g => g.Value).ToArray();
        var levels = ImmutableArray<SubgroupLevel>.Empty;
        QBetween? between = null;
        SubgroupDifferenceTest? test = null;
        if (order.Length > 0)
        {
            try
            {
                var result = SubgroupMetaAnalysis.Run(outcome.ToStudyInputs(), labels, options, new SubgroupOptions { LevelOrder = order });
                levels = [.. result.Levels.Select(l => new SubgroupLevel(l.Name, l.Analysis))];
                between = result.QBetween;
                test = result.SubgroupTest;
                notes.AddRange(result.Notes);
            }
            catch (AnalysisException e)
            {
                notes.Add(e.Message);
            }
        }

        var unassigned = outcome.Data.Where(d => d.Study.Characteristic(characteristic.Id) is null).Select(d => d.Study.Label).ToImmutableArray();
        if (!unassigned.IsEmpty)
        {
            notes.Add($"No {characteristic.Name.ToLowerInvariant()} recorded for {string.Join(", ", unassigned)}: left out of the subgroup analysis.");
        }

        if (levels.Length < 2)
        {
            notes.Add($"Fewer than two subgroups of {characteristic.Name.ToLowerInvariant()} have data: no test for subgroup differences.");
        }

        return new SubgroupSynthesis(characteristic, levels, between, test, unassigned, notes.ToImmutable());
    }

    private static SensitivitySynthesis Sensitivity(ReviewProject project, ReviewOutcome outcome, SensitivityAnalysis plan)
    {
        var inputs = project.SensitivityInputs(outcome, plan);
        var kept = inputs.Select(i => i.Study).ToHashSet(StringComparer.Ordinal);
        var omitted = outcome.Data.Select(d => d.Study.Label).Where(l => !kept.Contains(l)).ToImmutableArray();
        if (inputs.IsEmpty)
        {
            return new SensitivitySynthesis(plan, null, omitted, "No study is left after the restriction.", []);
        }

        try
        {
            var options = plan.Settings.Resolve(outcome.Measure);
            var analysis = MetaAnalysis.Run(inputs, options);
            if (plan.Kind != SensitivityKind.LeaveOneOut)
            {
                return new SensitivitySynthesis(plan, analysis, omitted, null, []);
            }

            if (inputs.Length < 2)
            {
                return new SensitivitySynthesis(plan, analysis, omitted, "Leave-one-out needs at least two studies.", []);
            }

            var rows = inputs.Select((left, i) => new LeaveOneOutRow(left.Study, MetaAnalysis.Run([.. inputs.Where((_, j) => j != i)], options)));
            return new SensitivitySynthesis(plan, analysis, omitted, null, [.. rows]);
        }
        catch (Exception e) when (e is AnalysisException or ArgumentException)
        {
            return new SensitivitySynthesis(plan, null, omitted, e.Message, []);
        }
    }

    private static MetaRegressionSynthesis MetaRegression(ReviewProject project, AnalysisResult analysis, ImmutableArray<ReviewStudy> studies, ModeratorFormula formula, AnalysisOptions options)
    {
        // Rows with a value for every moderator; the others are left out and named.
        var columns = formula.Terms.Select(t => project.FindCharacteristic(t.Column)
            ?? throw new InvalidOperationException($"The loader guarantees characteristic '{t.Column}' exists.")).Distinct().ToList();
        var rows = Enumerable.Range(0, studies.Length).Where(i => columns.All(c => studies[i].Characteristic(c.Id) is not null)).ToList();
        var omitted = Enumerable.Range(0, studies.Length).Except(rows).Select(i => studies[i].Label).ToImmutableArray();
        var labels = rows.Select(i => studies[i].Label).ToImmutableArray();
        if (rows.Count < 2)
        {
            return new MetaRegressionSynthesis(formula, null, labels, omitted, $"{Plural(rows.Count)} with values for {formula.Text}: a meta-regression needs more.");
        }

        var moderators = columns.Select(c => c.Type == CharacteristicType.Number
            ? ModeratorColumn.Numeric(c.Id, [.. rows.Select(i => double.Parse(studies[i].Characteristic(c.Id)!, System.Globalization.CultureInfo.InvariantCulture))])
            : ModeratorColumn.Categorical(c.Id, [.. rows.Select(i => studies[i].Characteristic(c.Id))], c.Values.IsEmpty ? null : [.. c.Values.Where(v => rows.Any(i => studies[i].Characteristic(c.Id) == v))]))
            .ToList();
        try
        {
            var result = MetaRegressionModel.Fit([.. rows.Select(i => analysis.Effects.Yi[i])], [.. rows.Select(i => analysis.Effects.Vi[i])], formula.Text, moderators, options.Model);
            return new MetaRegressionSynthesis(formula, result, labels, omitted, null);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or AnalysisException or InvalidOperationException)
        {
            return new MetaRegressionSynthesis(formula, null, labels, omitted, e.Message);
        }
    }

    private static string Plural(int n) => n == 1 ? "1 study" : $"{n} studies";

    private static int? Participants(IEnumerable<OutcomeData> data)
    {
        var total = 0;
        foreach (var d in data)
        {
            double? n = d.Data switch
            {
                ContinuousArms c => c.NE + c.NC,
                BinaryArms b => b.NE + b.NC,
                _ => d.Study.Arms.Any(a => a.NAnalysed is null) ? d.Study.NRandomised : d.Study.Arms.Sum(a => a.NAnalysed!.Value),
            };
            if (n is not { } value)
            {
                return null;
            }

            total += (int)Math.Round(value, MidpointRounding.AwayFromZero);
        }

        return total;
    }

    private static double? MedianControlRisk(IEnumerable<OutcomeData> data) =>
        Median([.. data.Select(d => d.Data).OfType<BinaryArms>().Where(b => b.NC > 0).Select(b => b.EventsC / b.NC)]);

    private static double? MedianControlSd(IEnumerable<OutcomeData> data) =>
        Median([.. data.Select(d => d.Data).OfType<ContinuousArms>().Select(c => c.SdC)]);

    private static double? Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var m = values.Count / 2;
        return values.Count % 2 == 1 ? values[m] : (values[m - 1] + values[m]) / 2;
    }
}
