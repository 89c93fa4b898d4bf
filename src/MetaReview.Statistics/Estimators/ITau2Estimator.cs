using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Estimators;

/// <summary>One estimator of the between-study variance tau².</summary>
public interface ITau2Estimator
{
    /// <summary>Which estimator this is.</summary>
    Tau2Method Method { get; }

    /// <summary>Estimates tau² for the given studies (and moderators, if any).</summary>
    /// <param name="data">Effect sizes, variances and design.</param>
    /// <param name="control">Convergence settings (used by iterative estimators only).</param>
    Tau2Estimate Estimate(ModelData data, ConvergenceControl control);
}
