namespace MetaReview.Records.Deduplication;

/// <summary>Why two records were merged.</summary>
public enum LinkKind
{
    /// <summary>They share a normalised identifier (DOI, PMID, PMCID, WoS UT, Scopus EID) and nothing contradicts it.</summary>
    Identifier,

    /// <summary>Title, year, first author, journal, volume and pages agree closely enough (no shared identifier).</summary>
    Fuzzy,

    /// <summary>A reviewer decided they are duplicates.</summary>
    Decision,
}
