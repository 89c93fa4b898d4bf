using MetaReview.Reporting.Drawing;

namespace MetaReview.Reporting.Plots.RiskOfBias;

/// <summary>Draws a judgement: a filled circle with its symbol, the symbols drawn as strokes (no font needed).</summary>
internal static class JudgementMarker
{
    public static void Circle(Canvas canvas, double cx, double cy, double r, JudgementStyle style)
    {
        canvas.Circle(cx, cy, r, style.Fill, new Stroke(Darker(style.Fill), Math.Max(0.5, r / 12)));
        Symbol(canvas, cx, cy, r, style.Symbol, style.SymbolColor);
    }

    /// <summary>The symbol alone, sized to fit a circle of radius <paramref name="r"/>.</summary>
    public static void Symbol(Canvas canvas, double cx, double cy, double r, JudgementSymbol symbol, Color color)
    {
        var pen = new Stroke(color, 0.2 * r) { Cap = LineCap.Round, Join = LineJoin.Round };
        var s = 0.5 * r;
        switch (symbol)
        {
            case JudgementSymbol.Plus:
                canvas.Line(cx - s, cy, cx + s, cy, pen);
                canvas.Line(cx, cy - s, cx, cy + s, pen);
                break;
            case JudgementSymbol.Minus:
                canvas.Line(cx - s, cy, cx + s, cy, pen);
                break;
            case JudgementSymbol.Cross:
                var d = 0.75 * s;
                canvas.Line(cx - d, cy - d, cx + d, cy + d, pen);
                canvas.Line(cx - d, cy + d, cx + d, cy - d, pen);
                break;
            case JudgementSymbol.Exclamation:
                canvas.Line(cx, cy - 0.55 * r, cx, cy + 0.12 * r, pen);
                canvas.Circle(cx, cy + 0.45 * r, 0.13 * r, color);
                break;
            case JudgementSymbol.Question:
                canvas.Path(
                    new PathBuilder()
                        .MoveTo(cx - 0.3 * r, cy - 0.28 * r)
                        .CubicTo(cx - 0.3 * r, cy - 0.68 * r, cx + 0.32 * r, cy - 0.68 * r, cx + 0.32 * r, cy - 0.3 * r)
                        .CubicTo(cx + 0.32 * r, cy - 0.05 * r, cx, cy - 0.08 * r, cx, cy + 0.14 * r),
                    null,
                    pen);
                canvas.Circle(cx, cy + 0.45 * r, 0.13 * r, color);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(symbol), symbol, "unknown judgement symbol");
        }
    }

    private static Color Darker(Color c) => new((byte)(c.R * 0.7), (byte)(c.G * 0.7), (byte)(c.B * 0.7));
}
