namespace MetaReview.Records.Deduplication;

/// <summary>The identifier kinds compared, as flags (shared ones, conflicting ones).</summary>
[Flags]
internal enum IdKinds
{
    None = 0,
    Doi = 1,
    Pmid = 2,
    Pmcid = 4,
    WosUt = 8,
    ScopusEid = 16,
}
