namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>
/// Where a study sits on a L'Abbé plot, on the plotted scale (risks for RR and RD, odds for OR and PETO).
/// metafor: one row of <c>labbe(res, transf=exp)</c> (of <c>labbe(res)</c> for RD).
/// </summary>
/// <param name="Label">The study's name.</param>
/// <param name="Control">The control arm's risk or odds (x).</param>
/// <param name="Experimental">The experimental arm's risk or odds (y).</param>
/// <param name="Weight">The weight that sets the circle's area.</param>
public sealed record LabbePoint(string Label, double Control, double Experimental, double Weight);
