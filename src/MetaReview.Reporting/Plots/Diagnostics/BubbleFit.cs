namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>
/// The fitted value of a bubble plot's regression at one value of the moderator, with its confidence interval.
/// metafor: a row of <c>predict(res, newmods = x)</c> (pred, se, ci.lb, ci.ub).
/// </summary>
public sealed record BubbleFit(double X, double Estimate, double StandardError, double CiLower, double CiUpper);
