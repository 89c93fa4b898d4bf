namespace MetaReview.Statistics.MetaRegression;

/// <summary>
/// The predicted (average) effect at given moderator values, x'β̂, with its confidence and prediction intervals.
/// metafor: <c>predict(res, newmods=)</c> (pred, se, ci.lb, ci.ub, pi.lb, pi.ub).
/// </summary>
/// <param name="Estimate">x'β̂.</param>
/// <param name="StandardError">√(x'·Var(β̂)·x).</param>
/// <param name="CiLower">Estimate − c·SE, c the normal or (HKSJ) t(k − p) quantile.</param>
/// <param name="CiUpper">Estimate + c·SE.</param>
/// <param name="PiLower">Estimate − c·√(SE² + tau²) (mixed-effects models; <see langword="null"/> for fixed effects).</param>
/// <param name="PiUpper">Estimate + c·√(SE² + tau²).</param>
public sealed record RegressionPrediction(double Estimate, double StandardError, double CiLower, double CiUpper, double? PiLower, double? PiUpper);
