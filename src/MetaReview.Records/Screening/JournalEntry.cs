namespace MetaReview.Records.Screening;

/// <summary>
/// One line of the screening journal: who decided what about which record, at which stage, when and why.
/// Entries are never changed; an undo is a new entry that retracts an earlier one.
/// </summary>
public sealed record JournalEntry
{
    /// <summary>A unique identifier (a version-7 GUID, time-ordered), by which a later entry can retract this one.</summary>
    public required string Id { get; init; }

    /// <summary>The record's key (<see cref="Record.Key"/>, <c>file:line</c> in the review folder's exports).</summary>
    public required string Key { get; init; }

    /// <summary>Title/abstract or full text.</summary>
    public required ScreeningStage Stage { get; init; }

    /// <summary>Who decided (a name or initials, as the reviewer typed it).</summary>
    public required string Reviewer { get; init; }

    /// <summary>The decision, or <see cref="ScreeningDecision.Retract"/>.</summary>
    public required ScreeningDecision Decision { get; init; }

    /// <summary>Why: the identifier of the eligibility criterion an excluded record fails (e.g. "E2"), or why a report was not retrieved.</summary>
    public string? Reason { get; init; }

    /// <summary>Free text for the reviewer's own notes.</summary>
    public string? Note { get; init; }

    /// <summary>When the decision was made, in UTC.</summary>
    public required DateTimeOffset Time { get; init; }

    /// <summary>True for the decision that resolves a disagreement between reviewers; it overrides their decisions.</summary>
    public bool Resolution { get; init; }

    /// <summary>For <see cref="ScreeningDecision.Retract"/>: the <see cref="Id"/> of the entry taken back.</summary>
    public string? Retracts { get; init; }

    /// <summary>
    /// For full-text inclusions: the study the report belongs to, so that several reports of one study count
    /// as one included study (PRISMA 2020 "studies included" vs "reports of included studies"). When absent,
    /// the report is its own study.
    /// </summary>
    public string? Study { get; init; }

    /// <summary>A new identifier: a version-7 GUID, which sorts by creation time.</summary>
    public static string NewId() => Guid.CreateVersion7().ToString("N");
}
