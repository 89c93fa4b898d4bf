using System.Collections.Immutable;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.SmallStudy;

/// <summary>
/// Trim-and-fill (JSON <c>trimfill</c>: <c>k0</c>, <c>side</c>, <c>estimate</c>, <c>se</c>, <c>ci_lower</c>,
/// <c>ci_upper</c>, <c>tau2</c>, <c>filled[]</c>). metafor: <c>trimfill(res)</c>.
/// </summary>
public sealed record TrimAndFillResult
{
    /// <summary>Number of observed studies.</summary>
    public required int K { get; init; }

    /// <summary>Estimated number of missing studies.</summary>
    public required int K0 { get; init; }

    /// <summary>The side where they were imputed.</summary>
    public required FunnelSide Side { get; init; }

    /// <summary>True when the side was given, false when chosen from Egger's meta-regression.</summary>
    public required bool SideGiven { get; init; }

    /// <summary>The estimator used.</summary>
    public required TrimAndFillEstimator Estimator { get; init; }

    /// <summary>The estimator's value before rounding (k₀ = max(0, round(value))).</summary>
    public required double K0Unrounded { get; init; }

    /// <summary>
    /// Standard error of k₀ (Duval and Tweedie 2000b): for L₀ from Var(Tₙ); for R₀ √(2·k₀ + 2); for Q₀ from Var(Tₙ)
    /// by the delta method.
    /// </summary>
    public required double K0StandardError { get; init; }

    /// <summary>For R₀, the p-value of H₀: no missing studies on that side, 2^−(k₀+1); otherwise <see langword="null"/>.</summary>
    public double? K0PValue { get; init; }

    /// <summary>The pooled estimate of the observed and filled studies.</summary>
    public double Estimate => Model.Estimate;

    /// <summary>Its standard error.</summary>
    public double StandardError => Model.StandardError;

    /// <summary>Lower confidence bound.</summary>
    public double CiLower => Model.CiLower;

    /// <summary>Upper confidence bound.</summary>
    public double CiUpper => Model.CiUpper;

    /// <summary>tau² of the filled data.</summary>
    public double Tau2 => Model.Tau2;

    /// <summary>The trimmed estimate around which the filled studies mirror the trimmed ones.</summary>
    public required double TrimmedEstimate { get; init; }

    /// <summary>The imputed studies, least extreme first.</summary>
    public required ImmutableArray<FilledStudy> Filled { get; init; }

    /// <summary>The model refitted to the observed studies followed by the filled ones.</summary>
    public required MetaAnalysisResult Model { get; init; }

    /// <summary>Iterations of the trim step.</summary>
    public required int Iterations { get; init; }

    /// <summary>Notes: fewer than 10 studies (Sterne et al. 2011), no convergence, how the side was chosen.</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];
}
