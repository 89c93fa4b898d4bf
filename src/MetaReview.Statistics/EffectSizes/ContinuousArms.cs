namespace MetaReview.Statistics.EffectSizes;

/// <summary>Continuous outcome in two arms: mean, standard deviation and size of each arm.</summary>
/// <param name="MeanE">Mean in the experimental arm.</param>
/// <param name="SdE">Standard deviation in the experimental arm (&gt; 0).</param>
/// <param name="NE">Size of the experimental arm (≥ 2 for SMD).</param>
/// <param name="MeanC">Mean in the control arm.</param>
/// <param name="SdC">Standard deviation in the control arm (&gt; 0).</param>
/// <param name="NC">Size of the control arm.</param>
public sealed record ContinuousArms(double MeanE, double SdE, double NE, double MeanC, double SdC, double NC) : StudyData
{
    /// <inheritdoc />
    public override DataType DataType => DataType.Continuous;
}
