namespace MetaReview.Statistics.Conversions;

/// <summary>Arms with a continuous outcome combined into one, with the record of what was combined.</summary>
/// <param name="Arm">The combined arm: total n, pooled mean, and the SD of all participants together.</param>
/// <param name="Record">What was done, for the report's data notes.</param>
public sealed record CombinedContinuousArm(ContinuousArm Arm, ConversionRecord Record);
