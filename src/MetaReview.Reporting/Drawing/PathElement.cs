using System.Collections.Immutable;

namespace MetaReview.Reporting.Drawing;

/// <summary>A general outline of straight and cubic Bézier segments; build one with <see cref="PathBuilder"/>.</summary>
public sealed record PathElement : Element
{
    public required ImmutableArray<PathSegment> Segments { get; init; }

    public Color? Fill { get; init; }

    public Stroke? Stroke { get; init; }
}
