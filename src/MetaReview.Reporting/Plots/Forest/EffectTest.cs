namespace MetaReview.Reporting.Plots.Forest;

/// <summary>
/// The test for the overall effect: a z statistic (<see cref="Df"/> null) or a t statistic with its degrees of
/// freedom (Hartung–Knapp–Sidik–Jonkman), and its two-sided p-value. RevMan prints |z|.
/// </summary>
public sealed record EffectTest(double Statistic, double PValue, double? Df = null);
