using System.Collections.Immutable;

namespace MetaReview.Records.Screening;

/// <summary>
/// One record at one stage: each reviewer's current decision (retracted entries left out), the
/// resolution if any, and the outcome they give.
/// </summary>
public sealed record StageStatus
{
    /// <summary>The stage.</summary>
    public required ScreeningStage Stage { get; init; }

    /// <summary>Each reviewer's current decision (their last entry not retracted), ordered by reviewer.</summary>
    public required ImmutableArray<JournalEntry> Decisions { get; init; }

    /// <summary>The last resolution not retracted, which overrides the reviewers.</summary>
    public JournalEntry? Resolution { get; init; }

    /// <summary>The outcome.</summary>
    public required ScreeningOutcome Outcome { get; init; }

    /// <summary>The reason of a final exclusion or non-retrieval (the resolution's, or the reviewers' common one).</summary>
    public string? Reason { get; init; }

    /// <summary>The study a final full-text inclusion belongs to, when a reviewer named one.</summary>
    public string? Study { get; init; }

    /// <summary>True when the outcome is final (include, exclude, maybe or not retrieved).</summary>
    public bool IsFinal => Outcome is ScreeningOutcome.Include or ScreeningOutcome.Exclude or ScreeningOutcome.Maybe or ScreeningOutcome.NotRetrieved;

    /// <summary>True when the record goes on from title/abstract to full text (final include or maybe).</summary>
    public bool Passes => Outcome is ScreeningOutcome.Include or ScreeningOutcome.Maybe;
}
