namespace MetaReview.Reporting.Drawing.Layout;

/// <summary>Two texts of a scene whose boxes overlap.</summary>
public sealed record TextOverlap(TextBox First, TextBox Second)
{
    public override string ToString() =>
        $"'{First.Text.Text}' at ({First.Bounds.Left:0.##}, {First.Bounds.Top:0.##})–({First.Bounds.Right:0.##}, {First.Bounds.Bottom:0.##}) overlaps "
        + $"'{Second.Text.Text}' at ({Second.Bounds.Left:0.##}, {Second.Bounds.Top:0.##})–({Second.Bounds.Right:0.##}, {Second.Bounds.Bottom:0.##})";
}
