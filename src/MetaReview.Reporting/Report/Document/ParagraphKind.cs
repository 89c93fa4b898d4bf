namespace MetaReview.Reporting.Report.Document;

/// <summary>How a paragraph is set.</summary>
public enum ParagraphKind
{
    /// <summary>Body text.</summary>
    Normal,

    /// <summary>A note: smaller type, set apart.</summary>
    Note,

    /// <summary>A warning the reader must not miss.</summary>
    Warning,
}
