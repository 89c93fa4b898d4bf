using System.Collections.Immutable;

namespace MetaReview.Records.Deduplication;

/// <summary>
/// The outcome of de-duplication: one group per article, the merges made and why, and the pairs a person
/// must decide. Pairs on the review list are kept apart until decided (the conservative choice).
/// </summary>
public sealed record DeduplicationResult
{
    /// <summary>The records given, in the order given; groups and pairs refer to them by index.</summary>
    public required ImmutableArray<Record> Records { get; init; }

    /// <summary>One group per article, ordered by their first member.</summary>
    public required ImmutableArray<DuplicateGroup> Groups { get; init; }

    /// <summary>Uncertain pairs, highest score first, for a person to decide.</summary>
    public required ImmutableArray<ReviewPair> ReviewPairs { get; init; }

    /// <summary>The thresholds used.</summary>
    public required DeduplicationOptions Options { get; init; }

    /// <summary>The reviewer decisions applied.</summary>
    public required ImmutableArray<DuplicateDecision> Decisions { get; init; }

    /// <summary>Every merge made, in the order made.</summary>
    public IEnumerable<DuplicateLink> Links => Groups.SelectMany(g => g.Links);

    /// <summary>Records after duplicates were removed (PRISMA 2020: "records screened" start from here).</summary>
    public int UniqueCount => Groups.Length;

    /// <summary>Duplicate records removed (PRISMA 2020: "duplicate records removed").</summary>
    public int DuplicatesRemoved => Records.Length - Groups.Length;

    /// <summary>The merged records, one per article (what screening works on).</summary>
    public IEnumerable<Record> UniqueRecords => Groups.Select(g => g.Merged);

    /// <summary>The same records de-duplicated again with further decisions (added to those already applied; a later decision on the same pair wins).</summary>
    public DeduplicationResult WithDecisions(IEnumerable<DuplicateDecision> decisions) =>
        Deduplicator.Deduplicate(Records, Options, Decisions.Concat(decisions));
}
