namespace MetaReview.Reporting.Drawing.Layout;

/// <summary>
/// A column of a text table: its header, how its cells align, and a minimum width in points. A column
/// with <see cref="FixedWidth"/> (a graphical column, such as a forest plot's) is not measured.
/// </summary>
public sealed record ColumnSpec(string Header, TextAnchor Alignment = TextAnchor.Start, double MinWidth = 0)
{
    public double? FixedWidth { get; init; }
}
