using System.Collections.Immutable;

namespace MetaReview.Review.Input.Internal.Layouts;

/// <summary>A layout with the form (the columns) a file provides for it.</summary>
internal sealed record BoundLayout(DataLayout Layout, ImmutableArray<ColumnRole> Form)
{
    /// <summary>True when every cell of the form is filled in the row (the row holds this kind of data).</summary>
    public bool IsFilled(RawRow row, ColumnMap map) => Form.All(role => !ValueParser.IsMissing(row[map.IndexOf(role)]));
}
