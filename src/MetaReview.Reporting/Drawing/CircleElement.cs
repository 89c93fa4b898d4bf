namespace MetaReview.Reporting.Drawing;

/// <summary>A circle.</summary>
public sealed record CircleElement : Element
{
    public required Point Center { get; init; }

    public required double Radius { get; init; }

    public Color? Fill { get; init; }

    public Stroke? Stroke { get; init; }
}
