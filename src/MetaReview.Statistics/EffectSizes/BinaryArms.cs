namespace MetaReview.Statistics.EffectSizes;

/// <summary>Dichotomous outcome in two arms: events and totals (RevMan's "events / total").</summary>
/// <param name="EventsE">Events in the experimental arm (0 ≤ events ≤ total).</param>
/// <param name="NE">Total in the experimental arm.</param>
/// <param name="EventsC">Events in the control arm.</param>
/// <param name="NC">Total in the control arm.</param>
public sealed record BinaryArms(double EventsE, double NE, double EventsC, double NC) : StudyData
{
    /// <inheritdoc />
    public override DataType DataType => DataType.Binary;

    /// <summary>True when any of the four cells (events, non-events in each arm) is zero.</summary>
    public bool HasZeroCell => EventsE == 0 || EventsC == 0 || EventsE == NE || EventsC == NC;

    /// <summary>True when both arms have no events, or both arms have only events.</summary>
    public bool IsDoubleZero => (EventsE == 0 && EventsC == 0) || (EventsE == NE && EventsC == NC);
}
