namespace MetaReview.Statistics.Conversions;

/// <summary>A standard deviation obtained from other statistics, with the record of how.</summary>
/// <param name="Sd">The standard deviation (≥ 0).</param>
/// <param name="Record">What was done, for the report's data notes.</param>
public sealed record SdConversion(double Sd, ConversionRecord Record);
