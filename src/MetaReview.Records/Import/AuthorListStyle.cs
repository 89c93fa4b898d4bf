namespace MetaReview.Records.Import;

/// <summary>How a table cell lists several authors.</summary>
public enum AuthorListStyle
{
    /// <summary>Separated by semicolons: "Smith, John; Doe, Jane" or "P. Kogge; J. Shalf".</summary>
    Semicolon,

    /// <summary>
    /// Separated by semicolons when the cell has any, otherwise by commas: Scopus and Embase write
    /// "Phillips J.C., Braun R." (names without commas of their own).
    /// </summary>
    SemicolonOrComma,
}
