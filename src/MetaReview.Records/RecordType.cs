namespace MetaReview.Records;

/// <summary>Kind of publication, mapped from each format's type field (RIS <c>TY</c>, MEDLINE <c>PT</c>, BibTeX entry type…).</summary>
public enum RecordType
{
    /// <summary>The record does not say.</summary>
    Unknown,

    /// <summary>Journal article (including reviews, letters and editorials published in journals).</summary>
    JournalArticle,

    /// <summary>Paper, abstract or poster in conference proceedings.</summary>
    ConferencePaper,

    /// <summary>Whole book.</summary>
    Book,

    /// <summary>Chapter or section of a book.</summary>
    BookChapter,

    /// <summary>Thesis or dissertation.</summary>
    Thesis,

    /// <summary>Report, technical report, working paper.</summary>
    Report,

    /// <summary>Preprint.</summary>
    Preprint,

    /// <summary>Anything else (patent, dataset, web page, generic).</summary>
    Other,
}
