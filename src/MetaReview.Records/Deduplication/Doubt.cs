namespace MetaReview.Records.Deduplication;

/// <summary>Which rule decided a pair that was not merged outright (see <see cref="PairScorer"/>).</summary>
internal enum Doubt
{
    None,
    IdentifierConflict,
    IdentifierTitlesDiffer,
    IdentifierYearsDiffer,
    NoTitles,
    DifferentIdentifiers,
    FieldsDisagree,
    TitlesNotNearIdentical,
    ShortTitle,
    NothingConfirms,
    TooDifferent,
}
