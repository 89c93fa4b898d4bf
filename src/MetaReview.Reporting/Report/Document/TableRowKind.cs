namespace MetaReview.Reporting.Report.Document;

/// <summary>The role of a table row.</summary>
public enum TableRowKind
{
    /// <summary>A data row.</summary>
    Normal,

    /// <summary>A group (subgroup) header spanning the table.</summary>
    Group,

    /// <summary>A total or summary row (bold).</summary>
    Total,
}
