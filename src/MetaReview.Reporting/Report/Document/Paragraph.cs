using System.Collections.Immutable;

namespace MetaReview.Reporting.Report.Document;

/// <summary>A paragraph of styled runs.</summary>
/// <param name="Runs">The runs in order.</param>
/// <param name="Kind">Normal text, a note (smaller, set apart) or a warning.</param>
public sealed record Paragraph(ImmutableArray<Run> Runs, ParagraphKind Kind = ParagraphKind.Normal) : Block
{
    /// <summary>A paragraph of plain text.</summary>
    public static Paragraph Of(string text, ParagraphKind kind = ParagraphKind.Normal) => new([new Run(text)], kind);
}
