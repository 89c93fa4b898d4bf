using MetaReview.Reporting.Drawing;

namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>Clipping of straight lines to a rectangle (the scene has no clip paths, so plots clip their own lines).</summary>
internal static class Clip
{
    /// <summary>The part of the segment inside the rectangle (Liang and Barsky 1984), or null when none is.</summary>
    public static (Point From, Point To)? Segment(Point a, Point b, Rect clip)
    {
        double t0 = 0, t1 = 1;
        var dx = b.X - a.X;
        var dy = b.Y - a.Y;
        foreach (var (p, q) in new[] { (-dx, a.X - clip.Left), (dx, clip.Right - a.X), (-dy, a.Y - clip.Top), (dy, clip.Bottom - a.Y) })
        {
            if (p == 0)
            {
                if (q < 0)
                {
                    return null;
                }

                continue;
            }

            var r = q / p;
            if (p < 0)
            {
                t0 = Math.Max(t0, r);
            }
            else
            {
                t1 = Math.Min(t1, r);
            }

            if (t0 > t1)
            {
                return null;
            }
        }

        return (new Point(a.X + t0 * dx, a.Y + t0 * dy), new Point(a.X + t1 * dx, a.Y + t1 * dy));
    }
}
