using System.Collections.Immutable;
using MetaReview.Statistics.Subgroups;

namespace MetaReview.Statistics.Analysis;

/// <summary>
/// A subgroup analysis of study data (<see cref="SubgroupMetaAnalysis.Run"/>): the analysis of each subgroup with the
/// main analysis's pooling method and the tests for subgroup differences. JSON keys of <c>metareview analyze</c>:
/// <c>subgroups</c> (<see cref="Levels"/>), <c>q_between</c> (<see cref="QBetween"/>), <c>subgroup_test</c>
/// (<see cref="SubgroupTest"/>).
/// </summary>
public sealed record SubgroupMetaAnalysisResult
{
    /// <summary>The subgroups with at least one study in the analysis, in report order.</summary>
    public required ImmutableArray<SubgroupLevelAnalysis> Levels { get; init; }

    /// <summary>RevMan's test for subgroup differences (Q between the subgroup estimates); <see langword="null"/> with fewer than two subgroups.</summary>
    public QBetween? QBetween { get; init; }

    /// <summary>
    /// The mixed-effects moderator test (common residual tau²; F under HKSJ); <see langword="null"/> for MH and Peto pooling,
    /// with fewer than two subgroups, or when a random-effects model has no more studies than subgroups.
    /// </summary>
    public SubgroupDifferenceTest? SubgroupTest { get; init; }

    /// <summary>Separate or common tau² within subgroups, as used (separate for fixed-effect, MH and Peto analyses).</summary>
    public required SubgroupTau2 Tau2 { get; init; }

    /// <summary>The common tau² used in every subgroup, or <see langword="null"/>.</summary>
    public double? Tau2Common { get; init; }

    /// <summary>0-based indices of the input studies without a subgroup label (left out of the subgroups).</summary>
    public ImmutableArray<int> Unlabelled { get; init; } = [];

    /// <summary>Notes about single subgroups: one study only, or none that can enter the analysis.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>Notes about the tests and tau²: a test that cannot be given and why, a common tau² that could not be estimated.</summary>
    public ImmutableArray<string> TestNotes { get; init; } = [];

    /// <summary>Which convention produced which number.</summary>
    public ImmutableArray<string> Conventions { get; init; } = [];
}
