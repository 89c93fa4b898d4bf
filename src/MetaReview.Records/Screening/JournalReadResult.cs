using System.Collections.Immutable;

namespace MetaReview.Records.Screening;

/// <summary>The entries of a screening journal in file order, and the lines that could not be read.</summary>
public sealed record JournalReadResult
{
    /// <summary>The journal file.</summary>
    public required string File { get; init; }

    /// <summary>Every well-formed entry, in the order written.</summary>
    public required ImmutableArray<JournalEntry> Entries { get; init; }

    /// <summary>Lines skipped, with their line numbers (a truncated last line is one, with <see cref="JournalProblem.Truncated"/> set).</summary>
    public required ImmutableArray<JournalProblem> Problems { get; init; }

    /// <summary>True when the last line was cut off (a crash while it was written); that entry is lost and reported.</summary>
    public bool TruncatedLastLine => Problems.Any(p => p.Truncated);
}
