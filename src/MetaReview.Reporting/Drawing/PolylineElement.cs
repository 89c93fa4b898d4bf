using System.Collections.Immutable;

namespace MetaReview.Reporting.Drawing;

/// <summary>An open chain of line segments.</summary>
public sealed record PolylineElement : Element
{
    public required ImmutableArray<Point> Points { get; init; }

    public required Stroke Stroke { get; init; }
}
