namespace MetaReview.Records.Deduplication;

/// <summary>What the comparison of two records concluded.</summary>
public enum MatchVerdict
{
    /// <summary>Different articles.</summary>
    Distinct,

    /// <summary>Possibly the same article: a person should decide (the pair goes to the review list).</summary>
    Possible,

    /// <summary>The same article: merged automatically.</summary>
    Duplicate,
}
