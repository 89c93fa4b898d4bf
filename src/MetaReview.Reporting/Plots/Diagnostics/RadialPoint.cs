namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>Where a study sits on a radial plot. metafor: one row of what <c>radial(res)</c> returns.</summary>
/// <param name="Label">The study's name.</param>
/// <param name="X">Precision 1/√(vᵢ + tau²).</param>
/// <param name="Z">Standardised estimate yᵢ/√(vᵢ + tau²).</param>
public sealed record RadialPoint(string Label, double X, double Z);
