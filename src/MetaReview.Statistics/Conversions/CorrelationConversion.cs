namespace MetaReview.Statistics.Conversions;

/// <summary>A correlation coefficient obtained from other statistics, with the record of how.</summary>
/// <param name="R">The correlation, between −1 and 1.</param>
/// <param name="Record">What was done, for the report's data notes.</param>
public sealed record CorrelationConversion(double R, ConversionRecord Record);
