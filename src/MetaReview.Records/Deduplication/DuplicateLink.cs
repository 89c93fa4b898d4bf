using System.Collections.Immutable;

namespace MetaReview.Records.Deduplication;

/// <summary>
/// Why two records were merged: the pair, its score, what linked it (an identifier, a fuzzy match, a
/// reviewer's decision), the field-by-field evidence and a sentence, e.g. "same DOI 10.1002/cpp.2398".
/// </summary>
/// <param name="First">Index of one record in <see cref="DeduplicationResult.Records"/>.</param>
/// <param name="Second">Index of the other (greater than <paramref name="First"/>).</param>
/// <param name="Score">0 to 1 (1 for identifier matches and reviewer decisions).</param>
/// <param name="Kind">What linked them.</param>
/// <param name="Evidence">Each field compared.</param>
/// <param name="Reason">A sentence for people.</param>
public sealed record DuplicateLink(int First, int Second, double Score, LinkKind Kind, ImmutableArray<MatchEvidence> Evidence, string Reason);
