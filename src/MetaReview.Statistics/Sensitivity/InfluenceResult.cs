using System.Collections.Immutable;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Sensitivity;

/// <summary>Influence diagnostics for every study of an intercept-only model. metafor: <c>influence(res)</c>.</summary>
public sealed record InfluenceResult
{
    /// <summary>One row per study, in input order.</summary>
    public required ImmutableArray<StudyInfluence> Studies { get; init; }

    /// <summary>Number of studies.</summary>
    public required int K { get; init; }

    /// <summary>Number of model coefficients (1: the intercept).</summary>
    public int P => 1;

    /// <summary>The cut-off for |DFFITS|: 3√(p/(k − p)).</summary>
    public double DffitsCutoff => 3 * Math.Sqrt(P / (double)(K - P));

    /// <summary>The cut-off for hat values: 3p/k.</summary>
    public double HatCutoff => 3.0 * P / K;

    /// <summary>The model settings used for the full model and every deletion.</summary>
    public required ModelOptions Options { get; init; }

    /// <summary>Notes: k &lt; 2, estimates that did not converge.</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];
}
