namespace MetaReview.Records.Deduplication;

/// <summary>
/// The field-by-field comparison of two records and the decision it leads to, without any text: computed
/// for every candidate pair, so it allocates nothing. <see cref="PairScorer.Explain"/> turns it into
/// evidence and a reason for the pairs that are merged or reviewed.
/// </summary>
internal readonly record struct PairComparison
{
    public double TitleSimilarity { get; init; }

    /// <summary>Below this, <see cref="TitleSimilarity"/> is only an upper bound (not worth computing exactly).</summary>
    public double TitleFloor { get; init; }

    public bool ExtendedTitle { get; init; }

    public bool BothTitled { get; init; }

    public MatchOutcome? Year { get; init; }

    public MatchOutcome? Author { get; init; }

    public MatchOutcome? Volume { get; init; }

    public MatchOutcome? Pages { get; init; }

    public MatchOutcome? Journal { get; init; }

    public IdKinds Shared { get; init; }

    public IdKinds Conflicting { get; init; }

    public double Score { get; init; }

    public MatchVerdict Verdict { get; init; }

    public LinkKind Kind { get; init; }

    public Doubt Doubt { get; init; }
}
