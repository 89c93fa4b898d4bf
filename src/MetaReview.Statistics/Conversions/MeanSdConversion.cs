namespace MetaReview.Statistics.Conversions;

/// <summary>An estimated mean and standard deviation, with the record of how they were obtained.</summary>
/// <param name="Mean">The estimated sample mean.</param>
/// <param name="Sd">The estimated sample standard deviation (≥ 0).</param>
/// <param name="Record">What was done, for the report's data notes.</param>
public sealed record MeanSdConversion(double Mean, double Sd, ConversionRecord Record);
