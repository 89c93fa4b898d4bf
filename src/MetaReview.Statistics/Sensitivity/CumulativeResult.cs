using System.Collections.Immutable;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Sensitivity;

/// <summary>A cumulative meta-analysis: the model refitted as the studies are added one at a time.</summary>
public sealed record CumulativeResult
{
    /// <summary>One fit per step, in the order the studies were added (step m holds m + 1 studies).</summary>
    public required ImmutableArray<CumulativeFit> Steps { get; init; }

    /// <summary>The model settings used for every step.</summary>
    public required ModelOptions Options { get; init; }

    /// <summary>Notes: HKSJ falling back to z for the first step, estimates that did not converge.</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];
}
