namespace MetaReview.Reporting.Plots.Forest;

/// <summary>
/// The heterogeneity line under a pooled estimate: Cochran's Q (RevMan's "Chi²") with its degrees of freedom
/// and p-value, I² in percent, and tau² for random-effects models (null for a fixed-effect model, which
/// RevMan prints without "Tau²").
/// </summary>
public sealed record HeterogeneityStatistics(double Q, int Df, double PValue, double I2, double? Tau2 = null);
