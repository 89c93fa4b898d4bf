using System.Collections.Immutable;

namespace MetaReview.Reporting.Drawing;

/// <summary>Builds the segments of a <see cref="PathElement"/>.</summary>
public sealed class PathBuilder
{
    private readonly ImmutableArray<PathSegment>.Builder _segments = ImmutableArray.CreateBuilder<PathSegment>();
    private bool _open;

    public PathBuilder MoveTo(double x, double y)
    {
        _segments.Add(new PathSegment(PathSegmentKind.MoveTo, new Point(x, y)));
        _open = true;
        return this;
    }

    public PathBuilder LineTo(double x, double y)
    {
        RequireStart(nameof(LineTo));
        _segments.Add(new PathSegment(PathSegmentKind.LineTo, new Point(x, y)));
        return this;
    }

    public PathBuilder CubicTo(double c1x, double c1y, double c2x, double c2y, double x, double y)
    {
        RequireStart(nameof(CubicTo));
        _segments.Add(new PathSegment(PathSegmentKind.CubicTo, new Point(x, y), new Point(c1x, c1y), new Point(c2x, c2y)));
        return this;
    }

    public PathBuilder Close()
    {
        RequireStart(nameof(Close));
        _segments.Add(new PathSegment(PathSegmentKind.Close, default));
        _open = false;
        return this;
    }

    public ImmutableArray<PathSegment> ToSegments() => _segments.ToImmutable();

    private void RequireStart(string operation)
    {
        if (!_open && (_segments.Count == 0 || _segments[^1].Kind == PathSegmentKind.Close))
        {
            throw new InvalidOperationException($"{operation} needs a current point: start the path with MoveTo");
        }
    }
}
