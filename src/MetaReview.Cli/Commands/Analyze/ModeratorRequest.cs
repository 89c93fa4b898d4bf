using System.Collections.Immutable;
using MetaReview.Statistics.Subgroups;

namespace MetaReview.Cli.Commands.Analyze;

/// <summary>The subgroup analysis and meta-regression asked for on the command line (<see cref="ModeratorOptionSet"/>).</summary>
internal sealed record ModeratorRequest
{
    /// <summary>The column to form subgroups by, or null.</summary>
    public string? Subgroup { get; init; }

    /// <summary>Separate or common tau² within subgroups.</summary>
    public SubgroupTau2 SubgroupTau2 { get; init; }

    /// <summary>The moderator formula, or null.</summary>
    public string? Formula { get; init; }

    /// <summary>The coefficient sets to test, as written.</summary>
    public ImmutableArray<string> Btt { get; init; } = [];

    /// <summary>The moderator values to predict at, as written.</summary>
    public ImmutableArray<string> Predict { get; init; } = [];

    /// <summary>Number of permutations of the permutation test, or null for none.</summary>
    public int? Permutations { get; init; }

    /// <summary>Seed of the random permutations, or null to draw one.</summary>
    public int? Seed { get; init; }

    /// <summary>True when neither a subgroup analysis nor a meta-regression was asked for.</summary>
    public bool IsEmpty => Subgroup is null && Formula is null;
}
