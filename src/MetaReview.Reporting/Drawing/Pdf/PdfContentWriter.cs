using System.Text;

namespace MetaReview.Reporting.Drawing.Pdf;

/// <summary>
/// Writes the operators of a content stream (ISO 32000-1:2008, 8 and 9), one per line. Coordinates are
/// rounded to 0.001 pt; matrix and colour components keep six decimals.
/// </summary>
internal sealed class PdfContentWriter
{
    /// <summary>4/3 (√2 − 1): the control-point distance of a cubic Bézier quarter circle of radius 1.</summary>
    private const double Kappa = 0.55228474983079340;

    private readonly StringBuilder _sb = new();

    public bool IsEmpty => _sb.Length == 0;

    public byte[] ToBytes() => Encoding.Latin1.GetBytes(_sb.ToString());

    public PdfContentWriter Save() => Op("q");

    public PdfContentWriter Restore() => Op("Q");

    public PdfContentWriter Transform(double a, double b, double c, double d, double e, double f) =>
        Op($"{Fine(a)} {Fine(b)} {Fine(c)} {Fine(d)} {N(e)} {N(f)} cm");

    public PdfContentWriter FillColor(Color color) => Op($"{Channel(color.R)} {Channel(color.G)} {Channel(color.B)} rg");

    public PdfContentWriter StrokeColor(Color color) => Op($"{Channel(color.R)} {Channel(color.G)} {Channel(color.B)} RG");

    public PdfContentWriter LineWidth(double width) => Op($"{N(width)} w");

    public PdfContentWriter LineStyle(LineCap cap, LineJoin join)
    {
        var j = cap switch
        {
            LineCap.Butt => 0,
            LineCap.Round => 1,
            LineCap.Square => 2,
            _ => throw new ArgumentOutOfRangeException(nameof(cap), cap, "unknown line cap"),
        };
        var k = join switch
        {
            LineJoin.Miter => 0,
            LineJoin.Round => 1,
            LineJoin.Bevel => 2,
            _ => throw new ArgumentOutOfRangeException(nameof(join), join, "unknown line join"),
        };
        return Op($"{j} J {k} j");
    }

    public PdfContentWriter MiterLimit(double limit) => Op($"{N(limit)} M");

    public PdfContentWriter Dash(IReadOnlyList<double> pattern) =>
        Op("[" + string.Join(' ', pattern.Select(d => N(d))) + "] 0 d");

    public PdfContentWriter GraphicsState(string resourceName) => Op(PdfSyntax.Name(resourceName) + " gs");

    public PdfContentWriter PaintXObject(string resourceName) => Op(PdfSyntax.Name(resourceName) + " Do");

    public PdfContentWriter MoveTo(Point p) => Op($"{N(p.X)} {N(p.Y)} m");

    public PdfContentWriter LineTo(Point p) => Op($"{N(p.X)} {N(p.Y)} l");

    public PdfContentWriter CurveTo(Point c1, Point c2, Point end) =>
        Op($"{N(c1.X)} {N(c1.Y)} {N(c2.X)} {N(c2.Y)} {N(end.X)} {N(end.Y)} c");

    public PdfContentWriter ClosePath() => Op("h");

    public PdfContentWriter Rectangle(Rect r) => Op($"{N(r.X)} {N(r.Y)} {N(r.Width)} {N(r.Height)} re");

    /// <summary>
    /// A rectangle with elliptical corners of radii <paramref name="rx"/>, <paramref name="ry"/> (already
    /// clamped to half the width and height, as SVG does), clockwise on screen from the top edge.
    /// </summary>
    public PdfContentWriter RoundedRectangle(Rect r, double rx, double ry)
    {
        double kx = Kappa * rx, ky = Kappa * ry;
        double l = r.Left, t = r.Top, rt = r.Right, b = r.Bottom;
        MoveTo(new Point(l + rx, t)).LineTo(new Point(rt - rx, t));
        CurveTo(new Point(rt - rx + kx, t), new Point(rt, t + ry - ky), new Point(rt, t + ry)).LineTo(new Point(rt, b - ry));
        CurveTo(new Point(rt, b - ry + ky), new Point(rt - rx + kx, b), new Point(rt - rx, b)).LineTo(new Point(l + rx, b));
        CurveTo(new Point(l + rx - kx, b), new Point(l, b - ry + ky), new Point(l, b - ry)).LineTo(new Point(l, t + ry));
        CurveTo(new Point(l, t + ry - ky), new Point(l + rx - kx, t), new Point(l + rx, t));
        return ClosePath();
    }

    /// <summary>A circle as four cubic Bézier quarters (radial error 0.027 % of the radius).</summary>
    public PdfContentWriter Circle(Point c, double radius)
    {
        var k = Kappa * radius;
        MoveTo(new Point(c.X + radius, c.Y));
        CurveTo(new Point(c.X + radius, c.Y + k), new Point(c.X + k, c.Y + radius), new Point(c.X, c.Y + radius));
        CurveTo(new Point(c.X - k, c.Y + radius), new Point(c.X - radius, c.Y + k), new Point(c.X - radius, c.Y));
        CurveTo(new Point(c.X - radius, c.Y - k), new Point(c.X - k, c.Y - radius), new Point(c.X, c.Y - radius));
        CurveTo(new Point(c.X + k, c.Y - radius), new Point(c.X + radius, c.Y - k), new Point(c.X + radius, c.Y));
        return ClosePath();
    }

    /// <summary>Paints the current path: fill (non-zero winding, as SVG's default), stroke, or both (fill first).</summary>
    public PdfContentWriter Paint(bool fill, bool stroke) => Op((fill, stroke) switch
    {
        (true, true) => "B",
        (true, false) => "f",
        (false, true) => "S",
        _ => "n",
    });

    /// <summary>
    /// One line of text: the font resource at <paramref name="size"/>, the text matrix placing the start of the
    /// baseline at <paramref name="start"/> with glyphs upright in the page's y-down space, and the encoded glyphs.
    /// </summary>
    public PdfContentWriter Text(string fontResource, double size, Point start, string encodedString) =>
        Op($"BT {PdfSyntax.Name(fontResource)} {N(size)} Tf 1 0 0 -1 {N(start.X)} {N(start.Y)} Tm {encodedString} Tj ET");

    /// <summary>Appends another content stream's operators (e.g. a group drawn inline).</summary>
    public PdfContentWriter Append(PdfContentWriter other)
    {
        _sb.Append(other._sb);
        return this;
    }

    private PdfContentWriter Op(string op)
    {
        _sb.Append(op).Append('\n');
        return this;
    }

    private static string N(double v) => PdfSyntax.Number(v);

    private static string Fine(double v) => PdfSyntax.Number(v, 6);

    private static string Channel(byte c) => PdfSyntax.Number(c / 255.0, 6);
}
