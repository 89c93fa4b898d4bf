using System.Collections.Immutable;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Sensitivity;

/// <summary>A sensitivity analysis restricted to a subset of the studies, next to the analysis of all of them.</summary>
public sealed record SubsetSensitivityResult
{
    /// <summary>Indices (0-based, input order) of the studies kept.</summary>
    public required ImmutableArray<int> Included { get; init; }

    /// <summary>Indices of the studies left out.</summary>
    public required ImmutableArray<int> Excluded { get; init; }

    /// <summary>The model fitted to the included studies only.</summary>
    public required MetaAnalysisResult Subset { get; init; }

    /// <summary>The same model fitted to all studies.</summary>
    public required MetaAnalysisResult All { get; init; }

    /// <summary>Subset estimate minus all-studies estimate (analysis scale).</summary>
    public double Difference => Subset.Estimate - All.Estimate;
}
