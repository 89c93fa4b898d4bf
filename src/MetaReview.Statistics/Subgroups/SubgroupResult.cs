using System.Collections.Immutable;
using MetaReview.Statistics.Estimators;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Subgroups;

/// <summary>
/// A subgroup analysis: one model per subgroup and the tests for subgroup differences. JSON keys:
/// <see cref="Subgroups"/> (subgroups), <see cref="SubgroupTest"/> (subgroup_test), <see cref="QBetween"/> (q_between).
/// </summary>
public sealed record SubgroupResult
{
    /// <summary>Fixed or random effects within subgroups.</summary>
    public required EffectModel Model { get; init; }

    /// <summary>The tau² estimator (random effects with estimated tau²).</summary>
    public Tau2Method? Tau2Method { get; init; }

    /// <summary>Separate or common tau².</summary>
    public required SubgroupTau2 Tau2 { get; init; }

    /// <summary>The subgroups in report order.</summary>
    public required ImmutableArray<Subgroup> Subgroups { get; init; }

    /// <summary>
    /// The mixed-effects moderator test (common residual tau²); <see langword="null"/> with a single subgroup, or when
    /// k − G &lt; 1 leaves no degrees of freedom for a random-effects model.
    /// </summary>
    public SubgroupDifferenceTest? SubgroupTest { get; init; }

    /// <summary>RevMan's Q between subgroups; <see langword="null"/> with a single subgroup.</summary>
    public QBetween? QBetween { get; init; }

    /// <summary>The common tau² used in every subgroup (<see cref="SubgroupTau2.Common"/>), else <see langword="null"/>.</summary>
    public double? Tau2Common { get; init; }

    /// <summary>0-based indices of studies left out because their subgroup label is missing.</summary>
    public ImmutableArray<int> ExcludedRows { get; init; } = [];

    /// <summary>Notes (k = 1 subgroups, missing labels, tests that cannot be computed).</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];

    /// <summary>Which convention produced which number.</summary>
    public ImmutableArray<string> Conventions { get; init; } = [];
}
