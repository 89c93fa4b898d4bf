namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>
/// One study of a Baujat plot (Baujat et al. 2002, doi:10.1002/sim.1221). metafor: one row of <c>baujat(res)</c>.
/// </summary>
/// <param name="Label">The study's name, e.g. "Aronson, 1948".</param>
/// <param name="X">Contribution to the overall heterogeneity: the squared Pearson residual (≥ 0; for the fixed-effect model the study's term of Cochran's Q).</param>
/// <param name="Y">Influence on the pooled result: the squared change of the estimate when the study is left out, divided by the variance of the estimate without it (≥ 0).</param>
public sealed record BaujatStudy(string Label, double X, double Y);
