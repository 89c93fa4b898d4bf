namespace MetaReview.Reporting.Drawing;

/// <summary>A position on a scene, in points (1/72 inch), y growing downwards as in SVG.</summary>
public readonly record struct Point(double X, double Y)
{
    public Point Offset(double dx, double dy) => new(X + dx, Y + dy);
}
