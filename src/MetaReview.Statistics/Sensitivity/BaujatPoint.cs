namespace MetaReview.Statistics.Sensitivity;

/// <summary>
/// One study's coordinates in a Baujat plot (Baujat et al. 2002, doi:10.1002/sim.1221). metafor: one row of
/// <c>baujat(res)</c>.
/// </summary>
/// <param name="Study">Index of the study (0-based, input order).</param>
/// <param name="X">
/// Contribution to heterogeneity: the squared Pearson residual (yᵢ − µ̂)²/(vᵢ + tau²); for the fixed-effect model
/// the study's term in Cochran's Q.
/// </param>
/// <param name="Y">
/// Influence on the pooled result: (µ̂ − µ̂₍₋ᵢ₎)² / Var(µ̂₍₋ᵢ₎), with µ̂₍₋ᵢ₎ and its variance from the model
/// refitted without the study.
/// </param>
public sealed record BaujatPoint(int Study, double X, double Y);
