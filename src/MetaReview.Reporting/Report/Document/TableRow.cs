using System.Collections.Immutable;

namespace MetaReview.Reporting.Report.Document;

/// <summary>A table row: its cells, and whether it is a group header or a total.</summary>
/// <param name="Cells">Cell texts (as many as the header has columns; a group row may have one).</param>
/// <param name="Kind">Normal, group header or total.</param>
public sealed record TableRow(ImmutableArray<string> Cells, TableRowKind Kind = TableRowKind.Normal)
{
    /// <summary>A normal row.</summary>
    public static TableRow Of(params string[] cells) => new([.. cells]);
}
