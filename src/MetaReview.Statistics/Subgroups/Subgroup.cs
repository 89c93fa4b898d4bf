using System.Collections.Immutable;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Subgroups;

/// <summary>
/// One subgroup's pooled result. The flat properties map one-to-one onto the JSON keys of a <c>subgroups</c> entry:
/// <c>{name, k, estimate, se, ci_lower, ci_upper, tau2, i2, q, q_df, q_p}</c>; <see cref="Result"/> holds the rest
/// (test statistic, prediction interval, Q-profile CIs, weights, conventions).
/// </summary>
public sealed record Subgroup
{
    /// <summary>The subgroup label.</summary>
    public required string Name { get; init; }

    /// <summary>0-based indices of its studies in the input.</summary>
    public required ImmutableArray<int> StudyIndices { get; init; }

    /// <summary>The subgroup's model (metafor <c>rma(yi, vi, subset=group==name)</c>).</summary>
    public required MetaAnalysisResult Result { get; init; }

    /// <summary>Number of studies.</summary>
    public int K => Result.K;

    /// <summary>Pooled estimate.</summary>
    public double Estimate => Result.Estimate;

    /// <summary>Its standard error (HKSJ-scaled when the test is HKSJ).</summary>
    public double StandardError => Result.StandardError;

    /// <summary>Lower confidence bound.</summary>
    public double CiLower => Result.CiLower;

    /// <summary>Upper confidence bound.</summary>
    public double CiUpper => Result.CiUpper;

    /// <summary>The subgroup's tau² (its own, the common one, or 0 for a fixed-effect model or k = 1).</summary>
    public double Tau2 => Result.Tau2;

    /// <summary>I² (percent) on the basis of the model options.</summary>
    public double I2 => Result.I2;

    /// <summary>Cochran's Q within the subgroup (fixed-effect weights).</summary>
    public double Q => Result.Q;

    /// <summary>Degrees of freedom of Q, k − 1.</summary>
    public int QDf => Result.QDf;

    /// <summary>p-value of Q.</summary>
    public double QP => Result.QP;
}
