using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Estimators;

/// <summary>An estimate of tau² with its standard error and, for iterative estimators, how it converged.</summary>
/// <param name="Tau2">The estimate (≥ 0; truncated at 0 where the estimator can go negative).</param>
/// <param name="StandardError">
/// SE of the estimate as metafor reports it (from the Fisher information for ML and REML, from the
/// variance of the quadratic form for the moment estimators), or <see langword="null"/> if undefined.
/// </param>
/// <param name="Convergence">Iterations and convergence for iterative estimators; <see langword="null"/> for closed forms.</param>
public sealed record Tau2Estimate(double Tau2, double? StandardError, ConvergenceInfo? Convergence);
