namespace MetaReview.Statistics.Models;

/// <summary>How an iterative estimator reached its answer.</summary>
/// <param name="Converged">True when the change in tau² fell below the tolerance.</param>
/// <param name="Iterations">Iterations used (Fisher scoring steps plus any fallback steps).</param>
/// <param name="Algorithm">E.g. "Fisher scoring", "Fisher scoring, then bracketing (Brent)".</param>
/// <param name="LastChange">The absolute change in tau² at the last step.</param>
public sealed record ConvergenceInfo(bool Converged, int Iterations, string Algorithm, double LastChange);
