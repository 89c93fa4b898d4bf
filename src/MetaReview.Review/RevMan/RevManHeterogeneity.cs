namespace MetaReview.Review.RevMan;

/// <summary>
/// A chi-square test RevMan reports: heterogeneity within an outcome or subgroup ("Chi²", MetaReview's Q), or the
/// test for subgroup differences. Values RevMan did not store are <see langword="null"/>.
/// </summary>
/// <param name="Chi2">The statistic.</param>
/// <param name="Df">Degrees of freedom.</param>
/// <param name="P">Its p-value.</param>
/// <param name="I2">I² in percent, from the statistic: 100·max(0, (Chi² − df)/Chi²).</param>
public sealed record RevManHeterogeneity(double? Chi2, int? Df, double? P, double? I2);
