using System.Collections.Immutable;

namespace MetaReview.Records.Deduplication;

/// <summary>
/// Two records that may be the same article, for a person to decide (answer with a
/// <see cref="DuplicateDecision"/> naming <see cref="FirstKey"/> and <see cref="SecondKey"/>).
/// </summary>
/// <param name="First">Index of one record in <see cref="DeduplicationResult.Records"/>.</param>
/// <param name="Second">Index of the other.</param>
/// <param name="FirstKey">The first record's <see cref="Record.Key"/> (file:line), stable across runs.</param>
/// <param name="SecondKey">The second record's key.</param>
/// <param name="Score">0 to 1.</param>
/// <param name="Evidence">Each field compared.</param>
/// <param name="Reason">Why the pair is uncertain, e.g. "same title; year, first author agree, but volume '24' vs '25'".</param>
public sealed record ReviewPair(
    int First, int Second, string FirstKey, string SecondKey, double Score, ImmutableArray<MatchEvidence> Evidence, string Reason)
{
    /// <summary>"firstKey | secondKey": one string naming the pair in files of decisions.</summary>
    public string Id => $"{FirstKey} | {SecondKey}";
}
