using System.Collections.Immutable;
using System.Text.RegularExpressions;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.Project.Internal.Readers;

/// <summary>
/// Reads an outcome's data entries: per study, arm-level data (experimental and control arms), a correlation
/// or proportion, or a generic estimate; or, for a study without usable data, the reason they are missing.
/// Every entry's data pass the engine's checks for the outcome's measure (<see cref="StudyDataChecks"/>).
/// </summary>
internal static partial class DataEntryReader
{
    private static readonly string[] EntryKeys = ["study", "source", "notes", "missing"];
    private static readonly string[] ArmSides = ["experimental", "control"];
    private static readonly string[] ArmFieldNames = ["n", "mean", "sd", "se", "events", "time", "median", "q1", "q3", "min", "max", "ci_lower", "ci_upper"];

    public static (ImmutableArray<OutcomeData> Data, ImmutableArray<MissingOutcomeData> Missing) Read(Fields outcome, string outcomeId, DataType type, EffectMeasure measure, ReviewIds ids)
    {
        var data = ImmutableArray.CreateBuilder<OutcomeData>();
        var missing = ImmutableArray.CreateBuilder<MissingOutcomeData>();
        var seen = new Dictionary<string, ReviewLocation>(StringComparer.Ordinal);
        string[] typeKeys = type switch
        {
            DataType.Continuous or DataType.Binary or DataType.Rates => ArmSides,
            DataType.Correlation => ["r", "n"],
            DataType.Proportion => ["events", "n"],
            _ => [],
        };
        string[] keys = [.. EntryKeys, .. typeKeys, .. GenericEstimateReader.Keys.Except(typeKeys)];
        foreach (var item in outcome.Items("data"))
        {
            var where = $"outcome '{outcomeId}', {Fields.Named("study", Fields.Peek(item, "study"))}";
            var f = Fields.Of(item, outcome.Context, where, "a data entry", keys, key => ArmKeySuggestion(key, type));
            if (!f.IsMapping)
            {
                continue;
            }

            var errors = f.Context.ErrorCount;
            var id = f.RequiredText("study");
            var study = id is null ? null : ids.Studies.Resolve(id, f.LocationOf("study"), $"outcome '{outcomeId}'");
            if (id is not null && seen.TryGetValue(id, out var first))
            {
                f.ErrorAt("study", ReviewProblemCode.DuplicateId, ReviewMessages.DuplicateData(id, outcomeId, first));
            }
            else if (id is not null)
            {
                seen.Add(id, f.LocationOf("study"));
            }

            var dataKeys = f.Entries.Select(e => e.Name).Where(k => keys.Contains(k) && !EntryKeys.Contains(k) && f.Has(k)).ToList();
            var hasUnknownKeys = f.Entries.Any(e => !keys.Contains(e.Name));
            if (f.Entry("missing") is not null)
            {
                if (Missing(f, study, dataKeys) is { } reason && study is not null && f.Context.ErrorCount == errors)
                {
                    missing.Add(new MissingOutcomeData(study, reason, f.Location));
                }

                continue;
            }

            CheckStatus(f, study);
            var builder = new DataBuilder(f.Text("source"));
            // An entry whose only data keys are unknown has been reported already ("unknown key 'mean_e'; write it in the arm").
            var studyData = dataKeys.Count > 0 ? Data(f, builder, type, measure, typeKeys, study)
                : hasUnknownKeys ? null
                : NoData(f, type);
            if (studyData is not null && StudyDataChecks.Problem(measure, studyData) is { } problem)
            {
                var field = FirstWord().Match(problem).Value;
                f.Context.Error(ReviewProblemCode.InvalidStudyData, builder.OriginOf(field) ?? f.Location, ReviewMessages.In(f.Where, problem));
            }

            if (builder.WithoutSource > 0)
            {
                f.Warning(ReviewProblemCode.MissingSource, ReviewMessages.NoSource(builder.WithoutSource), ReviewMessages.SourceSuggestion);
            }

            if (studyData is not null && study is not null && f.Context.ErrorCount == errors)
            {
                data.Add(new OutcomeData
                {
                    Study = study,
                    Data = studyData,
                    Reported = builder.Reported,
                    Conversions = builder.Conversions,
                    Source = builder.DefaultSource,
                    Notes = f.Text("notes"),
                    Location = f.Location,
                });
            }
        }

        return (data.ToImmutable(), missing.ToImmutable());
    }

    private static string? Missing(Fields f, ReviewStudy? study, List<string> dataKeys)
    {
        var reason = f.RequiredText("missing", ReviewMessages.MissingReasonSuggestion);
        if (dataKeys.Count > 0)
        {
            f.ErrorAt(dataKeys[0], ReviewProblemCode.Conflict, ReviewMessages.MissingWithData(dataKeys[0]));
        }

        if (study?.Status == StudyStatus.Excluded)
        {
            f.ErrorAt("study", ReviewProblemCode.Conflict, ReviewMessages.ExcludedHasNoData(study.Id, study.ExclusionCriterion));
        }

        return reason;
    }

    private static void CheckStatus(Fields f, ReviewStudy? study)
    {
        switch (study?.Status)
        {
            case StudyStatus.Excluded:
                f.ErrorAt("study", ReviewProblemCode.Conflict, ReviewMessages.ExcludedHasNoData(study.Id, study.ExclusionCriterion));
                break;
            case StudyStatus.AwaitingData:
                f.ErrorAt("study", ReviewProblemCode.Conflict, ReviewMessages.AwaitingDataHasNoData(study.Id), ReviewMessages.AwaitingDataSuggestion);
                break;
        }
    }

    private static StudyData? NoData(Fields f, DataType type)
    {
        f.Error(ReviewProblemCode.MissingField, ReviewMessages.NoData, ReviewMessages.DataForms(type));
        return null;
    }

    private static StudyData? Data(Fields f, DataBuilder builder, DataType type, EffectMeasure measure, string[] typeKeys, ReviewStudy? study)
    {
        var typeForm = typeKeys.FirstOrDefault(f.Has);
        var genericForm = GenericEstimateReader.Keys.Except(typeKeys).FirstOrDefault(f.Has);
        if (typeForm is not null && genericForm is not null)
        {
            f.ErrorAt(genericForm, ReviewProblemCode.Conflict, ReviewMessages.TwoDataForms(typeForm, genericForm));
            return null;
        }

        if (genericForm is not null || type == DataType.Generic)
        {
            return GenericEstimateReader.Read(f, builder, measure);
        }

        var arms = new ArmReader(f, builder, study);
        switch (type)
        {
            case DataType.Continuous:
                {
                    var e = arms.Continuous("experimental", "e");
                    var c = arms.Continuous("control", "c");
                    return e is null || c is null ? null : new ContinuousArms(e.Mean, e.Sd, e.N, c.Mean, c.Sd, c.N);
                }

            case DataType.Binary:
                {
                    var e = arms.Binary("experimental", "e");
                    var c = arms.Binary("control", "c");
                    return e is null || c is null ? null : new BinaryArms(e.Events, e.N, c.Events, c.N);
                }

            case DataType.Rates:
                {
                    var e = arms.Rates("experimental", "e");
                    var c = arms.Rates("control", "c");
                    return e is null || c is null ? null : new RateArms(e.Value.Events, e.Value.Time, c.Value.Events, c.Value.Time);
                }

            case DataType.Correlation:
                {
                    var r = SingleGroup(f, builder, "r");
                    var n = SingleGroup(f, builder, "n");
                    return r is null || n is null ? null : new CorrelationData(r.Value, n.Value);
                }

            default:
                {
                    var events = SingleGroup(f, builder, "events");
                    var n = SingleGroup(f, builder, "n");
                    return events is null || n is null ? null : new ProportionData(events.Value, n.Value);
                }
        }
    }

    private static double? SingleGroup(Fields f, DataBuilder builder, string key)
    {
        if (!f.Has(key))
        {
            f.Missing(key);
            return null;
        }

        builder.Origin(key, f.LocationOf(key));
        return builder.Value(f, key, "", builder.DefaultSource);
    }

    /// <summary>For a key like <c>mean_e</c> in an entry with arms: say that the arm's values go in the arm.</summary>
    private static string? ArmKeySuggestion(string key, DataType type)
    {
        if (type is not (DataType.Continuous or DataType.Binary or DataType.Rates))
        {
            return null;
        }

        var m = ArmSuffix().Match(key);
        return m.Success && ArmFieldNames.Contains(m.Groups[1].Value)
            ? ReviewMessages.UseArmBlock(m.Groups[2].Value == "e" ? "experimental" : "control", m.Groups[1].Value)
            : null;
    }

    [GeneratedRegex(@"^(\w+)_(e|c)$")]
    private static partial Regex ArmSuffix();

    [GeneratedRegex(@"^[A-Za-z_]+")]
    private static partial Regex FirstWord();
}
