namespace MetaReview.Records.Deduplication;

/// <summary>A field compared when deciding whether two records are the same article.</summary>
public enum MatchField
{
    /// <summary>DOI (normalised).</summary>
    Doi,

    /// <summary>PubMed identifier.</summary>
    Pmid,

    /// <summary>PubMed Central identifier.</summary>
    Pmcid,

    /// <summary>Web of Science accession number.</summary>
    WosUt,

    /// <summary>Scopus EID.</summary>
    ScopusEid,

    /// <summary>Title (accents, case, punctuation and HTML tags ignored).</summary>
    Title,

    /// <summary>Year of publication (±1 counts as near: online-first and print years differ).</summary>
    Year,

    /// <summary>Surname of the first author.</summary>
    FirstAuthor,

    /// <summary>Journal (abbreviations match the full name word by word).</summary>
    Journal,

    /// <summary>Volume.</summary>
    Volume,

    /// <summary>First page (or article number).</summary>
    Pages,
}
