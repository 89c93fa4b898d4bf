using System.Collections.Immutable;

namespace MetaReview.Records.Deduplication;

/// <summary>
/// One article after de-duplication: the records that describe it (one or more), the record merged
/// from them, and the links that joined them. Every member keeps its own source file, line, database and
/// identifiers.
/// </summary>
public sealed record DuplicateGroup
{
    /// <summary>Indices of the members in <see cref="DeduplicationResult.Records"/>, ascending.</summary>
    public required ImmutableArray<int> Members { get; init; }

    /// <summary>The member records, in the order of <see cref="Members"/>.</summary>
    public required ImmutableArray<Record> Records { get; init; }

    /// <summary>
    /// The record standing for the article: the most complete member, with fields it lacks filled from the
    /// others (identifiers, abstract, pages…) and keywords combined. Its source is the most complete member's.
    /// </summary>
    public required Record Merged { get; init; }

    /// <summary>The links that joined the members (members − 1 of them), each with its reason.</summary>
    public required ImmutableArray<DuplicateLink> Links { get; init; }

    /// <summary>Whether more than one record describes the article.</summary>
    public bool HasDuplicates => Members.Length > 1;

    /// <summary>The databases the article was found in (PRISMA: records per database before de-duplication).</summary>
    public ImmutableArray<string> Databases =>
        [.. Records.Select(r => r.SourceDatabase).OfType<string>().Distinct(StringComparer.Ordinal)];
}
