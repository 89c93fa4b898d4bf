using System.Collections.Immutable;

namespace MetaReview.Review.Input.Internal;

/// <summary>A data row: its 1-based line (CSV) or row (XLSX) and its cells, at least as many as header columns.</summary>
internal sealed record RawRow(int Line, ImmutableArray<RawCell> Cells)
{
    public RawCell this[int column] => column < Cells.Length ? Cells[column] : RawCell.Blank;
}
