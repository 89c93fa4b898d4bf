namespace MetaReview.Reporting.Drawing;

/// <summary>An axis-aligned rectangle in points: top-left corner, width and height (never negative).</summary>
public readonly record struct Rect
{
    public Rect(double x, double y, double width, double height)
    {
        if (width < 0 || height < 0 || double.IsNaN(width) || double.IsNaN(height))
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"a rectangle needs a width and height >= 0, got {width} × {height}");
        }

        X = x;
        Y = y;
        Width = width;
        Height = height;
    }

    public double X { get; }

    public double Y { get; }

    public double Width { get; }

    public double Height { get; }

    public double Left => X;

    public double Top => Y;

    public double Right => X + Width;

    public double Bottom => Y + Height;

    public Point Center => new(X + Width / 2, Y + Height / 2);

    public static Rect FromEdges(double left, double top, double right, double bottom) =>
        new(Math.Min(left, right), Math.Min(top, bottom), Math.Abs(right - left), Math.Abs(bottom - top));

    /// <summary>The smallest rectangle holding all the points.</summary>
    public static Rect Enclosing(IEnumerable<Point> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        double left = double.PositiveInfinity, top = double.PositiveInfinity;
        double right = double.NegativeInfinity, bottom = double.NegativeInfinity;
        foreach (var p in points)
        {
            left = Math.Min(left, p.X);
            top = Math.Min(top, p.Y);
            right = Math.Max(right, p.X);
            bottom = Math.Max(bottom, p.Y);
        }

        if (double.IsInfinity(left))
        {
            throw new ArgumentException("no points to enclose", nameof(points));
        }

        return FromEdges(left, top, right, bottom);
    }

    public Rect Inflate(double by) => FromEdges(Left - by, Top - by, Right + by, Bottom + by);

    public Rect Union(Rect other) =>
        FromEdges(Math.Min(Left, other.Left), Math.Min(Top, other.Top), Math.Max(Right, other.Right), Math.Max(Bottom, other.Bottom));

    /// <summary>
    /// True when the interiors overlap by more than <paramref name="tolerance"/> in both directions;
    /// rectangles that only touch do not intersect.
    /// </summary>
    public bool Intersects(Rect other, double tolerance = 0) =>
        Math.Min(Right, other.Right) - Math.Max(Left, other.Left) > tolerance
        && Math.Min(Bottom, other.Bottom) - Math.Max(Top, other.Top) > tolerance;

    public bool Contains(Rect other, double tolerance = 0) =>
        other.Left >= Left - tolerance && other.Right <= Right + tolerance
        && other.Top >= Top - tolerance && other.Bottom <= Bottom + tolerance;
}
