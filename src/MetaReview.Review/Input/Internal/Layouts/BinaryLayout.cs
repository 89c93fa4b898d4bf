using System.Collections.Immutable;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.Input.Internal.Layouts;

/// <summary>
/// Events and totals in two arms (RevMan's dichotomous data, meta's metabin, metafor's ai/n1i/ci/n2i);
/// metafor's 2×2 form (ai, bi, ci, di) gives non-events instead of totals, and totals are their sums.
/// </summary>
internal sealed class BinaryLayout : DataLayout
{
    public override DataType DataType => DataType.Binary;

    public override ImmutableArray<ImmutableArray<ColumnRole>> Forms { get; } =
    [
        [ColumnRole.EventsE, ColumnRole.NE, ColumnRole.EventsC, ColumnRole.NC],
        [ColumnRole.EventsE, ColumnRole.NonEventsE, ColumnRole.EventsC, ColumnRole.NonEventsC],
        [ColumnRole.EventsE, ColumnRole.NE, ColumnRole.EventsC, ColumnRole.NonEventsC],
        [ColumnRole.EventsE, ColumnRole.NonEventsE, ColumnRole.EventsC, ColumnRole.NC],
    ];

    public override ImmutableArray<ColumnRole> Signature { get; } =
        [ColumnRole.EventsE, ColumnRole.EventsC, ColumnRole.NonEventsE, ColumnRole.NonEventsC];

    /// <summary>RR: the default of RevMan and of R's meta (metabin); metafor's escalc has no default.</summary>
    public override EffectMeasure DefaultMeasure => EffectMeasure.RR;

    public override string ColumnList => base.ColumnList + " (or nonevents_e, nonevents_c for the totals)";

    public override StudyData? Parse(StudyRow row, ImmutableArray<ColumnRole> form, EffectMeasure measure, double ciLevel)
    {
        var errors = row.ErrorCount;
        var (eventsE, totalE) = Arm(row, form, ColumnRole.EventsE, ColumnRole.NE, ColumnRole.NonEventsE);
        var (eventsC, totalC) = Arm(row, form, ColumnRole.EventsC, ColumnRole.NC, ColumnRole.NonEventsC);
        return row.ErrorCount == errors ? new BinaryArms(eventsE, totalE, eventsC, totalC) : null;
    }

    // NaN stands for a value already reported as an error; Parse then returns null.
    private static (double Events, double Total) Arm(StudyRow row, ImmutableArray<ColumnRole> form, ColumnRole eventsRole, ColumnRole totalRole, ColumnRole nonEventsRole)
    {
        var events = ValueChecks.Count(row, eventsRole);
        double? total;
        if (form.Contains(totalRole))
        {
            total = ValueChecks.SampleSize(row, totalRole, 1, InputMessages.ArmNeedsParticipants);
            if (events is { } e && total is { } n)
            {
                ValueChecks.EventsWithinTotal(row, eventsRole, e, totalRole, n);
            }
        }
        else
        {
            total = events + ValueChecks.Count(row, nonEventsRole);
            if (total < 1)
            {
                row.Error(nonEventsRole, InputProblemCode.SampleSizeTooSmall, InputMessages.EmptyArm(row.Header(eventsRole), row.Header(nonEventsRole)));
            }
        }

        return (events ?? double.NaN, total ?? double.NaN);
    }
}
