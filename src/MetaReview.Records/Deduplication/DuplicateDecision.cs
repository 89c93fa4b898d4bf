namespace MetaReview.Records.Deduplication;

/// <summary>
/// A reviewer's answer for a pair of records, named by their <see cref="Record.Key"/>s so that it can be
/// stored and applied again on the next run. "Duplicate" merges the two records' groups whatever the
/// comparison said; "not duplicate" keeps them apart even if an identifier links them.
/// </summary>
/// <param name="FirstKey">One record's key (file:line); order does not matter.</param>
/// <param name="SecondKey">The other record's key.</param>
/// <param name="IsDuplicate">The answer.</param>
public sealed record DuplicateDecision(string FirstKey, string SecondKey, bool IsDuplicate)
{
    /// <summary>The two records are the same article.</summary>
    public static DuplicateDecision Duplicate(string firstKey, string secondKey) => new(firstKey, secondKey, true);

    /// <summary>The two records are different articles.</summary>
    public static DuplicateDecision NotDuplicate(string firstKey, string secondKey) => new(firstKey, secondKey, false);

    /// <summary>The decision for a pair on the review list.</summary>
    public static DuplicateDecision For(ReviewPair pair, bool isDuplicate) => new(pair.FirstKey, pair.SecondKey, isDuplicate);
}
