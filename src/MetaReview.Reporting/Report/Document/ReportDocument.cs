using System.Collections.Immutable;

namespace MetaReview.Reporting.Report.Document;

/// <summary>
/// A report as a sequence of blocks (headings, paragraphs, lists, tables, figures), independent of the
/// output format; the writers turn it into HTML, Markdown and Word.
/// </summary>
/// <param name="Title">The report's title.</param>
/// <param name="Subtitle">A line under the title (authors, registration), or null.</param>
/// <param name="Generated">What produced it, e.g. "MetaReview 0.1.0" (no timestamp, so reports are reproducible).</param>
/// <param name="Blocks">The content in reading order.</param>
public sealed record ReportDocument(string Title, string? Subtitle, string Generated, ImmutableArray<Block> Blocks);
