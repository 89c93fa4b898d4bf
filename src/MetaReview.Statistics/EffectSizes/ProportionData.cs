namespace MetaReview.Statistics.EffectSizes;

/// <summary>Events out of a total in a single group, for pooling proportions.</summary>
/// <param name="Events">Number of events (0 ≤ events ≤ n).</param>
/// <param name="N">Group size.</param>
public sealed record ProportionData(double Events, double N) : StudyData
{
    /// <inheritdoc />
    public override DataType DataType => DataType.Proportion;
}
