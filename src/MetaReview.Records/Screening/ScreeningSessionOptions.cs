using System.Collections.Immutable;
using MetaReview.Records.Prioritisation;

namespace MetaReview.Records.Screening;

/// <summary>Who screens what in a <see cref="ScreeningSession"/>, and how records are ordered.</summary>
public sealed record ScreeningSessionOptions
{
    /// <summary>The reviewer's name or initials, as written to the journal.</summary>
    public required string Reviewer { get; init; }

    /// <summary>The stage. Default title/abstract.</summary>
    public ScreeningStage Stage { get; init; } = ScreeningStage.TitleAbstract;

    /// <summary>
    /// Resolve conflicts instead of screening: the queue is the records the reviewers disagree on, and each
    /// decision is written as a resolution, which overrides theirs.
    /// </summary>
    public bool Resolve { get; init; }

    /// <summary>How decisions become final (single or dual screening).</summary>
    public ScreeningRules Rules { get; init; } = ScreeningRules.Default;

    /// <summary>The eligibility criteria: when there are any, an exclusion's reason must be one of their ids.</summary>
    public ImmutableArray<EligibilityCriterion> Criteria { get; init; } = [];

    /// <summary>Keywords; until a model can be trained, records with more include than exclude keywords come first.</summary>
    public ScreeningKeywords Keywords { get; init; } = ScreeningKeywords.None;

    /// <summary>The prioritisation model; null to screen in keyword, then import order.</summary>
    public PrioritiserOptions? Prioritisation { get; init; } = PrioritiserOptions.Default;

    /// <summary>The clock that times decisions (UTC). Default the system clock.</summary>
    public Func<DateTimeOffset> Clock { get; init; } = () => DateTimeOffset.UtcNow;
}
