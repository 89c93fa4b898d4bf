using System.Runtime.CompilerServices;
using MetaReview.Reporting.Drawing;

namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>
/// Counts of points in a lattice of pointy-top hexagons laid over a rectangle of the page (Carr DB et al.
/// Scatterplot matrix techniques for large N. JASA 1987;82:424–36). Rows are 1.5·r apart, columns √3·r,
/// odd rows shifted by half a column; a point falls in the hexagon of the nearest centre, which lies in one of
/// the two rows around it. O(1) per point and O(cells) memory, whatever the number of points.
/// </summary>
internal sealed class HexBins
{
    private readonly int[] _counts;

    public HexBins(Rect area, double radius)
    {
        Area = area;
        Radius = radius;
        Dx = Math.Sqrt(3) * radius;
        Dy = 1.5 * radius;
        Rows = (int)Math.Ceiling(area.Height / Dy) + 1;
        Columns = (int)Math.Ceiling(area.Width / Dx) + 2;
        _counts = new int[Rows * Columns];
    }

    public Rect Area { get; }

    public double Radius { get; }

    public double Dx { get; }

    public double Dy { get; }

    public int Rows { get; }

    public int Columns { get; }

    /// <summary>Adds a point at page position (x, y).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double x, double y)
    {
        var fy = (y - Area.Top) / Dy;
        var first = Math.Clamp((int)Math.Floor(fy), 0, Rows - 1);
        var bestCell = 0;
        var bestDistance = double.PositiveInfinity;
        for (var row = first; row <= Math.Min(first + 1, Rows - 1); row++)
        {
            var shift = (row & 1) * 0.5;
            var column = Math.Clamp((int)Math.Round((x - Area.Left) / Dx - shift), 0, Columns - 1);
            var dx = x - (Area.Left + (column + shift) * Dx);
            var dy = y - (Area.Top + row * Dy);
            var distance = dx * dx + dy * dy;
            if (distance < bestDistance)
            {
                bestDistance = distance;
                bestCell = row * Columns + column;
            }
        }

        _counts[bestCell]++;
    }

    /// <summary>The non-empty cells: centre and count, row by row.</summary>
    public IEnumerable<(Point Centre, int Count)> Cells()
    {
        for (var row = 0; row < Rows; row++)
        {
            var shift = (row & 1) * 0.5;
            for (var column = 0; column < Columns; column++)
            {
                var count = _counts[row * Columns + column];
                if (count > 0)
                {
                    yield return (new Point(Area.Left + (column + shift) * Dx, Area.Top + row * Dy), count);
                }
            }
        }
    }

    /// <summary>Adds the hexagon around a centre to a path (corners at 30°, 90°, ..., 330°).</summary>
    public void Hexagon(PathBuilder path, Point centre)
    {
        var half = Radius / 2;
        var w = Dx / 2;
        path.MoveTo(centre.X, centre.Y - Radius)
            .LineTo(centre.X + w, centre.Y - half)
            .LineTo(centre.X + w, centre.Y + half)
            .LineTo(centre.X, centre.Y + Radius)
            .LineTo(centre.X - w, centre.Y + half)
            .LineTo(centre.X - w, centre.Y - half)
            .Close();
    }
}
