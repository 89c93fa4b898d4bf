using MetaReview.Reporting.Drawing;

namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>
/// The page geometry of a radial plot: the origin (x = 0, z = 0) in points, points per unit of x (<see cref="Sx"/>)
/// and of z (<see cref="Sy"/>), and the arc's radius in points. Angles are measured on the page, counter-clockwise
/// from the horizontal, so that the arc is a circle on the page whatever the two scales.
/// </summary>
internal sealed record RadialGeometry(Point Origin, double Sx, double Sy, double Radius)
{
    public Point ToPage(double x, double z) => new(Origin.X + Sx * x, Origin.Y - Sy * z);

    /// <summary>The page angle of the line from the origin with slope <paramref name="slope"/> (an estimate yᵢ).</summary>
    public double Angle(double slope) => Math.Atan2(Sy * slope, Sx);

    public Point AtAngle(double angle, double radius) => new(Origin.X + radius * Math.Cos(angle), Origin.Y - radius * Math.Sin(angle));

    public Point OnArc(double slope, double radius) => AtAngle(Angle(slope), radius);

    /// <summary>
    /// Where the line z = <paramref name="offset"/> + <paramref name="slope"/>·x (a ±2 band line) meets the arc:
    /// the positive root t of (Sx·t)² + Sy²(offset + slope·t)² = Radius².
    /// </summary>
    public Point BandEnd(double slope, double offset)
    {
        var a = Sx * Sx + Sy * Sy * slope * slope;
        var b = 2 * Sy * Sy * offset * slope;
        var c = Sy * Sy * offset * offset - Radius * Radius;
        var t = (-b + Math.Sqrt(b * b - 4 * a * c)) / (2 * a);
        return ToPage(t, offset + slope * t);
    }
}
