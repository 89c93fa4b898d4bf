namespace MetaReview.Statistics.EffectSizes;

/// <summary>
/// The data one study contributes to an analysis, before an effect size is computed. The concrete
/// records (<see cref="BinaryArms"/>, <see cref="ContinuousArms"/>, <see cref="RateArms"/>,
/// <see cref="CorrelationData"/>, <see cref="ProportionData"/>, <see cref="GenericData"/>) hold the
/// numbers in the reviewers' terms: "e" is the experimental arm, "c" the control arm.
/// </summary>
public abstract record StudyData
{
    private protected StudyData()
    {
    }

    /// <summary>The data type of this record.</summary>
    public abstract DataType DataType { get; }
}
