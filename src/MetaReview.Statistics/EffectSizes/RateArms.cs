namespace MetaReview.Statistics.EffectSizes;

/// <summary>Event counts and person-time in two arms, for incidence rate ratios.</summary>
/// <param name="EventsE">Events in the experimental arm.</param>
/// <param name="TimeE">Person-time at risk in the experimental arm (&gt; 0).</param>
/// <param name="EventsC">Events in the control arm.</param>
/// <param name="TimeC">Person-time at risk in the control arm (&gt; 0).</param>
public sealed record RateArms(double EventsE, double TimeE, double EventsC, double TimeC) : StudyData
{
    /// <inheritdoc />
    public override DataType DataType => DataType.Rates;
}
