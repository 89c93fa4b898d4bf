namespace MetaReview.Statistics.Models;

/// <summary>A test statistic with its degrees of freedom and p-value.</summary>
/// <param name="Statistic">The statistic (chi-square, z, t or F).</param>
/// <param name="Df">Degrees of freedom, or <see langword="null"/> for a z statistic.</param>
/// <param name="PValue">Two-sided p-value (upper tail for chi-square tests).</param>
public sealed record TestStatistic(double Statistic, double? Df, double PValue);
