using System.Collections.Immutable;
using MetaReview.Review.Project;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.RevMan.Conversion;

/// <summary>
/// Re-checks an imported project against the RevMan results kept beside it (<see cref="RevManResultsFile"/>): each
/// outcome's data and analysis plan, as they are now in review.yaml, are analysed as RevMan would (<see cref="RevManCheck"/>,
/// <c>revman5</c> preset with the outcome's measure, method, model and level; its subgroups by the characteristic the
/// import made) and compared with RevMan's stored values at the precision RevMan stored them. An edit to the data or
/// to the plan since the import shows as a disagreement; an outcome no longer in the project is skipped with the reason.
/// </summary>
public static class RevManProjectCheck
{
    /// <summary>Checks every outcome of <paramref name="stored"/> against <paramref name="project"/>.</summary>
    public static RevManCheckReport Run(ReviewProject project, RevManStoredResults stored, RevManCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(stored);
        options ??= RevManCheckOptions.Default;
        var source = $"{project.File} against RevMan's results from {stored.Source}";
        var tolerance = RevManCheck.Run(new RevManReview { Format = stored.Format, Source = source, StoredDecimals = stored.StoredDecimals }, options).Tolerance;
        var rows = ImmutableArray.CreateBuilder<RevManCheckRow>();
        foreach (var s in stored.Outcomes)
        {
            var (outcome, why) = ToRevMan(project, s);
            if (outcome is null)
            {
                rows.Add(new RevManCheckRow
                {
                    ComparisonNumber = s.ComparisonNumber,
                    OutcomeNumber = s.Number,
                    Label = s.Label,
                    Analysis = s.Analysis,
                    Status = RevManCheckStatus.Skipped,
                    Reason = why,
                    RevMan = s.Results,
                    Tolerance = tolerance,
                });
                continue;
            }

            rows.AddRange(RevManCheck.Outcome(outcome, stored.StoredDecimals, options));
        }

        return new RevManCheckReport(source, stored.Format, tolerance, rows.ToImmutable());
    }

    /// <summary>The project's outcome as RevMan data with RevMan's stored results, or the reason it cannot be.</summary>
    private static (RevManOutcome? Outcome, string? Why) ToRevMan(ReviewProject project, RevManStoredOutcome s)
    {
        if (project.FindOutcome(s.Outcome) is not { } outcome)
        {
            return (null, $"the review file has no outcome '{s.Outcome}'");
        }

        RevManDataType? type = outcome.Type switch
        {
            DataType.Binary => RevManDataType.Dichotomous,
            DataType.Continuous => RevManDataType.Continuous,
            DataType.Generic => RevManDataType.GenericInverseVariance,
            _ => null,
        };
        if (type is null)
        {
            return (null, $"outcome '{s.Outcome}' is of type {outcome.Type.ToString().ToLowerInvariant()}, which RevMan does not have");
        }

        var options = outcome.Analysis.Options;
        var rows = outcome.Data.Select(d => Row(d, s)).ToList();
        var subgroups = ImmutableArray<RevManSubgroup>.Empty;
        if (s.SubgroupCharacteristic is { } characteristic && !s.Subgroups.IsEmpty)
        {
            bool In(RevManDataRow r, RevManStoredSubgroup g) =>
                string.Equals(project.FindStudy(r.StudyId)?.Characteristic(characteristic), g.Name, StringComparison.OrdinalIgnoreCase);
            subgroups = [.. s.Subgroups.Select(g => new RevManSubgroup(g.Number, null, g.Name, [.. rows.Where(r => In(r, g))], g.Results))];
            rows = [.. rows.Where(r => !s.Subgroups.Any(g => In(r, g)))];
        }

        return (new RevManOutcome
        {
            ComparisonNumber = s.ComparisonNumber,
            Number = s.Number,
            Name = s.Name,
            DataType = type.Value,
            EffectMeasure = Measure(outcome.Measure),
            EffectMeasureText = s.EffectMeasure,
            Method = options.Method,
            Model = options.Model.Model,
            LogScale = s.LogScale,
            StudyLevel = options.Model.Level,
            TotalLevel = options.Model.Level,
            Rows = [.. rows],
            Subgroups = subgroups,
            Results = s.Results,
            SubgroupDifferences = s.SubgroupDifferences,
        }, null);
    }

    private static RevManDataRow Row(OutcomeData d, RevManStoredOutcome s)
    {
        var row = new RevManDataRow
        {
            StudyId = d.Study.Id,
            StudyName = d.Study.Label,
            Stored = s.Studies.FirstOrDefault(x => x.Study == d.Study.Id)?.Result,
        };
        return d.Data switch
        {
            BinaryArms b => row with { EventsE = b.EventsE, NE = b.NE, EventsC = b.EventsC, NC = b.NC },
            ContinuousArms c => row with { MeanE = c.MeanE, SdE = c.SdE, NE = c.NE, MeanC = c.MeanC, SdC = c.SdC, NC = c.NC },
            GenericData g => row with { Estimate = g.Yi, StandardError = Math.Sqrt(g.Vi) },
            _ => row,
        };
    }

    private static RevManEffectMeasure Measure(EffectMeasure measure) => measure switch
    {
        EffectMeasure.OR => RevManEffectMeasure.OddsRatio,
        EffectMeasure.RR => RevManEffectMeasure.RiskRatio,
        EffectMeasure.RD => RevManEffectMeasure.RiskDifference,
        EffectMeasure.PETO => RevManEffectMeasure.PetoOddsRatio,
        EffectMeasure.MD => RevManEffectMeasure.MeanDifference,
        EffectMeasure.SMD => RevManEffectMeasure.StandardisedMeanDifference,
        _ => RevManEffectMeasure.Other,
    };
}
