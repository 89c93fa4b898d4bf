using System.Collections.Immutable;

namespace MetaReview.Review.Project;

/// <summary>
/// A risk-of-bias assessment of a study, or of its results for some outcomes (RoB 2 assesses results, not
/// studies): the judgement of each domain, with support, and the overall judgement.
/// </summary>
public sealed record RiskOfBiasAssessment
{
    /// <summary>The study's id.</summary>
    public required string Study { get; init; }

    /// <summary>The outcomes whose results this assessment is for; empty when it is for every outcome of the study.</summary>
    public ImmutableArray<string> Outcomes { get; init; } = [];

    /// <summary>The tool and its domains.</summary>
    public required RiskOfBiasScheme Scheme { get; init; }

    /// <summary>One judgement per domain of the tool, in the tool's order.</summary>
    public required ImmutableArray<BiasDomainJudgement> Domains { get; init; }

    /// <summary>The overall judgement: as given, or by the tool's algorithm when not given (<see cref="IsOverallDerived"/>).</summary>
    public required BiasJudgement Overall { get; init; }

    /// <summary>True when <see cref="Overall"/> was not given and comes from <see cref="RiskOfBiasScheme.OverallFrom"/>.</summary>
    public bool IsOverallDerived { get; init; }

    /// <summary>The support for the overall judgement, or <see langword="null"/>.</summary>
    public string? Support { get; init; }

    /// <summary>Where the assessment is in the review file.</summary>
    public required ReviewLocation Location { get; init; }

    /// <summary>True when the assessment covers the result of <paramref name="outcome"/> (every outcome when <see cref="Outcomes"/> is empty).</summary>
    public bool Covers(string outcome) => Outcomes.IsEmpty || Outcomes.Contains(outcome);
}
