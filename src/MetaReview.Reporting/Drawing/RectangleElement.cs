namespace MetaReview.Reporting.Drawing;

/// <summary>A rectangle, optionally with rounded corners.</summary>
public sealed record RectangleElement : Element
{
    public required Rect Bounds { get; init; }

    public Color? Fill { get; init; }

    public Stroke? Stroke { get; init; }

    /// <summary>Corner radius in points; 0 for square corners.</summary>
    public double CornerRadius { get; init; }
}
