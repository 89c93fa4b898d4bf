using MetaReview.Reporting.Drawing;

namespace MetaReview.Reporting.Plots.Charts;

/// <summary>
/// Clipping to a rectangle (the scene has no clip paths, so plots clip their own shapes) and arrowheads for
/// intervals that run beyond an axis.
/// </summary>
internal static class Geometry
{
    /// <summary>
    /// A convex or concave polygon clipped to a rectangle (Sutherland–Hodgman; exact for the convex shapes the
    /// plots clip: diamonds, funnel regions, histogram cells). Empty when nothing is left.
    /// </summary>
    public static List<Point> ClipPolygon(IReadOnlyList<Point> polygon, Rect clip)
    {
        var output = polygon.ToList();
        output = ClipEdge(output, p => p.X >= clip.Left, (a, b) => AtX(a, b, clip.Left));
        output = ClipEdge(output, p => p.X <= clip.Right, (a, b) => AtX(a, b, clip.Right));
        output = ClipEdge(output, p => p.Y >= clip.Top, (a, b) => AtY(a, b, clip.Top));
        output = ClipEdge(output, p => p.Y <= clip.Bottom, (a, b) => AtY(a, b, clip.Bottom));
        return output.Count >= 3 ? output : [];
    }

    /// <summary>The part of a segment inside a rectangle (Liang–Barsky), or null when none is.</summary>
    public static (Point From, Point To)? ClipSegment(Point a, Point b, Rect clip)
    {
        double t0 = 0, t1 = 1;
        var dx = b.X - a.X;
        var dy = b.Y - a.Y;
        bool Edge(double p, double q)
        {
            if (p == 0)
            {
                return q >= 0;
            }

            var r = q / p;
            if (p < 0)
            {
                if (r > t1)
                {
                    return false;
                }

                t0 = Math.Max(t0, r);
            }
            else
            {
                if (r < t0)
                {
                    return false;
                }

                t1 = Math.Min(t1, r);
            }

            return true;
        }

        if (!Edge(-dx, a.X - clip.Left) || !Edge(dx, clip.Right - a.X) || !Edge(-dy, a.Y - clip.Top) || !Edge(dy, clip.Bottom - a.Y))
        {
            return null;
        }

        return (new Point(a.X + t0 * dx, a.Y + t0 * dy), new Point(a.X + t1 * dx, a.Y + t1 * dy));
    }

    /// <summary>A filled horizontal arrowhead with its tip at (<paramref name="tipX"/>, <paramref name="y"/>), pointing left or right.</summary>
    public static void Arrowhead(Canvas canvas, double tipX, double y, bool pointsRight, double length, double halfHeight, Color color)
    {
        var baseX = pointsRight ? tipX - length : tipX + length;
        canvas.Polygon([new Point(tipX, y), new Point(baseX, y - halfHeight), new Point(baseX, y + halfHeight)], color);
    }

    private static List<Point> ClipEdge(List<Point> input, Func<Point, bool> inside, Func<Point, Point, Point> intersect)
    {
        var output = new List<Point>(input.Count + 2);
        for (var i = 0; i < input.Count; i++)
        {
            var current = input[i];
            var previous = input[(i + input.Count - 1) % input.Count];
            var cin = inside(current);
            var pin = inside(previous);
            if (cin)
            {
                if (!pin)
                {
                    output.Add(intersect(previous, current));
                }

                output.Add(current);
            }
            else if (pin)
            {
                output.Add(intersect(previous, current));
            }
        }

        return output;
    }

    private static Point AtX(Point a, Point b, double x) => new(x, a.Y + (b.Y - a.Y) * (x - a.X) / (b.X - a.X));

    private static Point AtY(Point a, Point b, double y) => new(a.X + (b.X - a.X) * (y - a.Y) / (b.Y - a.Y), y);
}
