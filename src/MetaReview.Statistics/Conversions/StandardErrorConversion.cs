namespace MetaReview.Statistics.Conversions;

/// <summary>
/// An effect estimate and its standard error on the analysis scale (log for ratio measures), ready for a
/// generic inverse-variance analysis (<c>Yi</c> = <see cref="Estimate"/>, <c>Vi</c> = <see cref="StandardError"/>²).
/// </summary>
/// <param name="Estimate">The estimate on the analysis scale, or <see langword="null"/> when none was given.</param>
/// <param name="StandardError">Its standard error (≥ 0).</param>
/// <param name="Record">What was done, for the report's data notes.</param>
public sealed record StandardErrorConversion(double? Estimate, double StandardError, ConversionRecord Record);
