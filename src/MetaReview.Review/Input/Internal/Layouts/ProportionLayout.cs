using System.Collections.Immutable;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.Input.Internal.Layouts;

/// <summary>Events out of a total in one group (meta's metaprop, metafor's xi/ni).</summary>
internal sealed class ProportionLayout : DataLayout
{
    public override DataType DataType => DataType.Proportion;

    public override ImmutableArray<ImmutableArray<ColumnRole>> Forms { get; } = [[ColumnRole.Events, ColumnRole.N]];

    public override ImmutableArray<ColumnRole> Signature { get; } = [ColumnRole.Events];

    /// <summary>PLO (logit): the default of R's meta (metaprop).</summary>
    public override EffectMeasure DefaultMeasure => EffectMeasure.PLO;

    public override StudyData? Parse(StudyRow row, ImmutableArray<ColumnRole> form, EffectMeasure measure, double ciLevel)
    {
        var errors = row.ErrorCount;
        var events = ValueChecks.Count(row, ColumnRole.Events);
        var n = ValueChecks.SampleSize(row, ColumnRole.N, 1, InputMessages.GroupNeedsParticipants);
        if (events is { } e && n is { } total)
        {
            ValueChecks.EventsWithinTotal(row, ColumnRole.Events, e, ColumnRole.N, total);
        }

        return row.ErrorCount == errors ? new ProportionData(events!.Value, n!.Value) : null;
    }
}
