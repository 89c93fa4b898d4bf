using System.Collections.Immutable;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.Project.Internal.Readers;

/// <summary>Reads the outcomes: what is measured, the measure and direction, the plan, the data and the GRADE judgements.</summary>
internal static class OutcomeReader
{
    private static readonly string[] Keys =
        ["id", "name", "type", "measure", "direction", "time_point", "unit", "mid", "analysis", "data", "grade"];

    private static readonly (string, DataType)[] Types =
    [
        ("continuous", DataType.Continuous), ("binary", DataType.Binary), ("rates", DataType.Rates),
        ("correlation", DataType.Correlation), ("proportion", DataType.Proportion), ("generic", DataType.Generic),
    ];

    private static readonly (string, OutcomeDirection)[] Directions =
    [
        ("higher-is-better", OutcomeDirection.HigherIsBetter), ("lower-is-better", OutcomeDirection.LowerIsBetter),
    ];

    private static readonly (string, EffectMeasure)[] Measures = [.. Enum.GetValues<EffectMeasure>().Select(m => (m.ToString(), m))];

    public static ImmutableArray<ReviewOutcome> Read(Fields root, ReviewIds ids)
    {
        var defaults = AnalysisPlanReader.Defaults(root);
        var outcomes = ImmutableArray.CreateBuilder<ReviewOutcome>();
        foreach (var item in root.Items("outcomes"))
        {
            var f = Fields.Of(item, root.Context, Fields.Named("outcome", Fields.Peek(item, "id")), "an outcome", Keys);
            if (!f.IsMapping)
            {
                continue;
            }

            var errors = f.Context.ErrorCount;
            var id = f.RequiredText("id");
            var declared = id is not null && ids.Outcomes.Declare(id, f.LocationOf("id"), f.Where);
            var name = f.RequiredText("name");
            var type = Required(f, "type", Types, ReviewMessages.TypeSuggestion);
            var measure = Required(f, "measure", Measures, type is { } t ? ReviewMessages.MeasureSuggestion(t) : null);
            var direction = Required(f, "direction", Directions, null);
            if (type is { } dataType && measure is { } m && !Fits(dataType, m))
            {
                f.ErrorAt("measure", ReviewProblemCode.Conflict, ReviewMessages.MeasureDoesNotFitType(m, dataType), ReviewMessages.MeasureSuggestion(dataType));
            }

            var mid = f.Reported("mid", "mid", null);
            if (mid is { Value: <= 0 })
            {
                f.ErrorAt("mid", ReviewProblemCode.InvalidValue, ReviewMessages.MustBePositive("mid", mid.Value));
            }

            if (id is null || type is null || measure is null || f.Context.ErrorCount != errors)
            {
                // The data and plan are still read, so that their problems are listed too.
                var fitting = type is { } t2 && measure is { } m2 && Fits(t2, m2) ? m2 : EffectMeasure.GEN;
                ReadRest(f, id ?? "?", type ?? DataType.Generic, fitting, defaults, ids);
                continue;
            }

            var (data, missing, plan, grade) = ReadRest(f, id, type.Value, measure.Value, defaults, ids);
            if (!declared || name is null || direction is null || plan is null || f.Context.ErrorCount != errors)
            {
                continue;
            }

            var outcome = new ReviewOutcome
            {
                Id = id,
                Name = name,
                Type = type.Value,
                Measure = measure.Value,
                Direction = direction.Value,
                TimePoint = f.Text("time_point"),
                Unit = f.Text("unit"),
                MinimalImportantDifference = mid,
                Analysis = plan,
                Data = data,
                Missing = missing,
                Grade = grade,
                Location = f.Location,
            };
            ids.Outcomes.Add(id, outcome);
            outcomes.Add(outcome);
        }

        return outcomes.ToImmutable();
    }

    private static (ImmutableArray<OutcomeData>, ImmutableArray<MissingOutcomeData>, AnalysisPlan?, ImmutableArray<GradeOverride>) ReadRest(
        Fields f, string id, DataType type, EffectMeasure measure, ImmutableArray<(string Key, string Value)> defaults, ReviewIds ids)
    {
        var (data, missing) = DataEntryReader.Read(f, id, type, measure, ids);
        var plan = AnalysisPlanReader.Read(f, id, measure, defaults, ids, data);
        var grade = GradeReader.Read(f, id);
        return (data, missing, plan, grade);
    }

    /// <summary>A measure fits a type when it is computed from that type's data; generic estimates may be on any measure's scale.</summary>
    private static bool Fits(DataType type, EffectMeasure measure) =>
        type == DataType.Generic || (measure != EffectMeasure.GEN && measure.DataType() == type);

    private static T? Required<T>(Fields f, string key, IReadOnlyList<(string, T)> choices, string? suggestion)
        where T : struct
    {
        if (!f.Has(key))
        {
            f.Missing(key, suggestion);
            return null;
        }

        return f.Choice(key, choices);
    }
}
