namespace MetaReview.Reporting.Drawing;

/// <summary>A straight line segment.</summary>
public sealed record LineElement : Element
{
    public required Point From { get; init; }

    public required Point To { get; init; }

    public required Stroke Stroke { get; init; }
}
