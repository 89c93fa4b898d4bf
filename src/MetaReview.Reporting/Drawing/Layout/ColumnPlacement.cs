namespace MetaReview.Reporting.Drawing.Layout;

/// <summary>Where a column landed: its left edge and width in points, and the x its cells anchor at.</summary>
public sealed record ColumnPlacement(double Left, double Width, TextAnchor Alignment)
{
    public double Right => Left + Width;

    /// <summary>The x to pass with <see cref="Alignment"/> when drawing a cell.</summary>
    public double AnchorX => Alignment switch
    {
        TextAnchor.Start => Left,
        TextAnchor.Middle => Left + Width / 2,
        _ => Right,
    };
}
