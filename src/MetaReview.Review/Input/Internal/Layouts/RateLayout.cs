using System.Collections.Immutable;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.Input.Internal.Layouts;

/// <summary>Events and person-time in two arms (meta's metainc, metafor's x1i/t1i/x2i/t2i).</summary>
internal sealed class RateLayout : DataLayout
{
    public override DataType DataType => DataType.Rates;

    public override ImmutableArray<ImmutableArray<ColumnRole>> Forms { get; } =
        [[ColumnRole.EventsE, ColumnRole.TimeE, ColumnRole.EventsC, ColumnRole.TimeC]];

    public override ImmutableArray<ColumnRole> Signature { get; } = [ColumnRole.TimeE, ColumnRole.TimeC];

    public override EffectMeasure DefaultMeasure => EffectMeasure.IRR;

    public override StudyData? Parse(StudyRow row, ImmutableArray<ColumnRole> form, EffectMeasure measure, double ciLevel)
    {
        var errors = row.ErrorCount;
        var eventsE = ValueChecks.Count(row, ColumnRole.EventsE);
        var timeE = ValueChecks.Positive(row, ColumnRole.TimeE, InputProblemCode.TimeNotPositive, InputMessages.TimeNotPositive);
        var eventsC = ValueChecks.Count(row, ColumnRole.EventsC);
        var timeC = ValueChecks.Positive(row, ColumnRole.TimeC, InputProblemCode.TimeNotPositive, InputMessages.TimeNotPositive);
        return row.ErrorCount == errors ? new RateArms(eventsE!.Value, timeE!.Value, eventsC!.Value, timeC!.Value) : null;
    }
}
