namespace MetaReview.Statistics.Conversions;

/// <summary>Arms with a binary outcome combined into one (events and sizes added), with the record of what was combined.</summary>
/// <param name="Arm">The combined arm.</param>
/// <param name="Record">What was done, for the report's data notes.</param>
public sealed record CombinedBinaryArm(BinaryArm Arm, ConversionRecord Record);
