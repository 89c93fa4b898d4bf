namespace MetaReview.Records.Deduplication;

/// <summary>
/// Thresholds of de-duplication. The defaults are conservative: a pair is merged without asking only when
/// it shares an identifier that nothing contradicts, or when its titles are near-identical and the year,
/// first author, volume and pages agree where both records give them; doubtful pairs go to review.
/// </summary>
public sealed record DeduplicationOptions
{
    /// <summary>The default thresholds.</summary>
    public static DeduplicationOptions Default { get; } = new();

    /// <summary>Lowest title similarity (0 to 1) at which a pair without a shared identifier may be merged automatically. Default 0.95.</summary>
    public double AutoMergeTitleSimilarity { get; init; } = 0.95;

    /// <summary>Lowest score (0 to 1) at which a pair without a shared identifier may be merged automatically. Default 0.90.</summary>
    public double AutoMergeScore { get; init; } = 0.90;

    /// <summary>Lowest title similarity at which a pair goes to review. Default 0.80.</summary>
    public double ReviewTitleSimilarity { get; init; } = 0.80;

    /// <summary>Lowest score at which a pair goes to review. Default 0.75.</summary>
    public double ReviewScore { get; init; } = 0.75;

    /// <summary>
    /// Below this title similarity, records sharing an identifier are not merged but reviewed (a DOI given to
    /// a whole supplement, an identifier typed into the wrong record). Default 0.60.
    /// </summary>
    public double IdentifierTitleSimilarity { get; init; } = 0.60;

    /// <summary>Years this far apart still count as near (online-first and print years). Default 1.</summary>
    public int YearTolerance { get; init; } = 1;

    /// <summary>
    /// Titles with fewer words than this ("Editorial", "Reply to the letter") need the first author and the
    /// volume or pages to agree before an automatic merge. Default 5.
    /// </summary>
    public int ShortTitleWords { get; init; } = 5;

    /// <summary>
    /// Blocks (records sharing a title key) larger than this are split by year before pairs are compared,
    /// which bounds the work on very common titles. Default 500.
    /// </summary>
    public int MaxBlockSize { get; init; } = 500;
}
