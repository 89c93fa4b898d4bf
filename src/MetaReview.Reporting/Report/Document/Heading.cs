namespace MetaReview.Reporting.Report.Document;

/// <summary>A section heading.</summary>
/// <param name="Level">1 for chapters, 2 for sections, 3 for subsections.</param>
/// <param name="Text">The heading's text.</param>
/// <param name="Id">An anchor for links (letters, digits, hyphens), or null to derive one from the text.</param>
public sealed record Heading(int Level, string Text, string? Id = null) : Block;
