using System.Collections.Immutable;

namespace MetaReview.Reporting.Drawing;

/// <summary>A closed polygon (e.g. the diamond of a pooled estimate).</summary>
public sealed record PolygonElement : Element
{
    public required ImmutableArray<Point> Points { get; init; }

    public Color? Fill { get; init; }

    public Stroke? Stroke { get; init; }
}
