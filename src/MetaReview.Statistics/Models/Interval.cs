namespace MetaReview.Statistics.Models;

/// <summary>A closed interval [Lower, Upper], e.g. a confidence interval.</summary>
/// <param name="Lower">Lower bound.</param>
/// <param name="Upper">Upper bound.</param>
public readonly record struct Interval(double Lower, double Upper);
