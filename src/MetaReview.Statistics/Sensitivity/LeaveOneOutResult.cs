using System.Collections.Immutable;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Sensitivity;

/// <summary>A leave-one-out analysis: the model refitted k times, each time without one study.</summary>
public sealed record LeaveOneOutResult
{
    /// <summary>One fit per study, in input order (<see cref="LeaveOneOutFit.Omitted"/> = 0, 1, …).</summary>
    public required ImmutableArray<LeaveOneOutFit> Fits { get; init; }

    /// <summary>The model settings used for every fit.</summary>
    public required ModelOptions Options { get; init; }

    /// <summary>Notes: k = 1 (nothing to leave out), estimates that did not converge.</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];
}
