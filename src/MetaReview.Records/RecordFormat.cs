namespace MetaReview.Records;

/// <summary>Export formats the importer reads.</summary>
public enum RecordFormat
{
    /// <summary>RIS (<c>TY  - </c> … <c>ER  - </c>), as written by PubMed, Scopus, Web of Science, Embase, Ovid, EBSCO, ProQuest, CNKI, EndNote, Zotero, Rayyan.</summary>
    Ris,

    /// <summary>PubMed MEDLINE / .nbib (<c>PMID- </c> records).</summary>
    Medline,

    /// <summary>Ovid tagged export (<c>&lt;1. &gt;</c> record headers).</summary>
    Ovid,

    /// <summary>Web of Science plain text / ISI export format (<c>FN</c>, <c>PT</c> … <c>ER</c>).</summary>
    WosPlainText,

    /// <summary>Web of Science tab-delimited (usually UTF-16LE with a byte-order mark).</summary>
    WosTabDelimited,

    /// <summary>Comma-, semicolon- or tab-separated values with a header row (Scopus, Embase, IEEE Xplore or any other, with a column mapping).</summary>
    Csv,

    /// <summary>Excel workbook (first worksheet, header row), with a column mapping.</summary>
    Xlsx,

    /// <summary>EndNote XML (<c>&lt;xml&gt;&lt;records&gt;&lt;record&gt;</c>).</summary>
    EndNoteXml,

    /// <summary>BibTeX and BibLaTeX.</summary>
    BibTex,
}
