namespace MetaReview.Statistics.EffectSizes;

/// <summary>A correlation coefficient and the sample size it was computed from.</summary>
/// <param name="R">Correlation, −1 &lt; r &lt; 1.</param>
/// <param name="N">Sample size (&gt; 3 for Fisher's z).</param>
public sealed record CorrelationData(double R, double N) : StudyData
{
    /// <inheritdoc />
    public override DataType DataType => DataType.Correlation;
}
