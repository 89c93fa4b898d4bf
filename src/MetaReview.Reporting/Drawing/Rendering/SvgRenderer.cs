using System.Globalization;
using System.Text;
using MetaReview.Reporting.Drawing.Fonts;
using MetaReview.Reporting.Drawing.Layout;

namespace MetaReview.Reporting.Drawing.Rendering;

/// <summary>
/// Writes a scene as a standalone SVG 1.1 document. The output is deterministic (same scene, same
/// bytes), uses the invariant culture, rounds coordinates to 0.01 pt, escapes every text, and sizes
/// the figure in points so that it prints at its designed size.
/// </summary>
public sealed class SvgRenderer : ISceneRenderer
{
    private readonly TextMeasurer _measurer;

    public SvgRenderer(TextMeasurer? measurer = null)
    {
        _measurer = measurer ?? TextMeasurer.Default;
    }

    public PlotFormat Format => PlotFormat.Svg;

    public static string Render(Scene scene) => new SvgRenderer().ToSvg(scene);

    public void Write(Scene scene, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = new UTF8Encoding(false).GetBytes(ToSvg(scene));
        output.Write(bytes);
    }

    public string ToSvg(Scene scene)
    {
        ArgumentNullException.ThrowIfNull(scene);
        CheckUniqueIds(scene);
        var sb = new StringBuilder();
        var titleId = scene.IdPrefix + "-title";
        var descId = scene.IdPrefix + "-desc";
        var labelledBy = string.Join(' ', new[] { scene.Title is null ? null : titleId, scene.Description is null ? null : descId }.OfType<string>());
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
            .Append(" width=\"").Append(Num(scene.Width)).Append("pt\" height=\"").Append(Num(scene.Height)).Append("pt\"")
            .Append(" viewBox=\"0 0 ").Append(Num(scene.Width)).Append(' ').Append(Num(scene.Height)).Append('"')
            .Append(" role=\"img\"");
        if (labelledBy.Length > 0)
        {
            sb.Append(" aria-labelledby=\"").Append(Escape(labelledBy)).Append('"');
        }

        sb.Append(" font-family=\"").Append(Escape(EmbeddedFonts.CssFontFamily)).Append("\" xml:space=\"preserve\">\n");
        if (scene.Title is not null)
        {
            sb.Append("  <title id=\"").Append(Escape(titleId)).Append("\">").Append(Escape(scene.Title)).Append("</title>\n");
        }

        if (scene.Description is not null)
        {
            sb.Append("  <desc id=\"").Append(Escape(descId)).Append("\">").Append(Escape(scene.Description)).Append("</desc>\n");
        }

        if (scene.Background is { } background)
        {
            sb.Append("  <rect width=\"100%\" height=\"100%\" fill=\"").Append(background.ToHex()).Append("\"/>\n");
        }

        foreach (var element in scene.Elements)
        {
            WriteElement(sb, element, 1);
        }

        sb.Append("</svg>\n");
        return sb.ToString();
    }

    private void WriteElement(StringBuilder sb, Element element, int depth)
    {
        sb.Append(' ', 2 * depth);
        switch (element)
        {
            case LineElement line:
                sb.Append("<line");
                Common(sb, element);
                sb.Append(" x1=\"").Append(Num(line.From.X)).Append("\" y1=\"").Append(Num(line.From.Y))
                    .Append("\" x2=\"").Append(Num(line.To.X)).Append("\" y2=\"").Append(Num(line.To.Y)).Append('"');
                Paint(sb, null, line.Stroke);
                sb.Append("/>\n");
                break;
            case PolylineElement polyline:
                sb.Append("<polyline");
                Common(sb, element);
                sb.Append(" points=\"").Append(Points(polyline.Points)).Append('"');
                Paint(sb, null, polyline.Stroke);
                sb.Append("/>\n");
                break;
            case RectangleElement rect:
                sb.Append("<rect");
                Common(sb, element);
                sb.Append(" x=\"").Append(Num(rect.Bounds.X)).Append("\" y=\"").Append(Num(rect.Bounds.Y))
                    .Append("\" width=\"").Append(Num(rect.Bounds.Width)).Append("\" height=\"").Append(Num(rect.Bounds.Height)).Append('"');
                if (rect.CornerRadius > 0)
                {
                    sb.Append(" rx=\"").Append(Num(rect.CornerRadius)).Append('"');
                }

                Paint(sb, rect.Fill, rect.Stroke);
                sb.Append("/>\n");
                break;
            case PolygonElement polygon:
                sb.Append("<polygon");
                Common(sb, element);
                sb.Append(" points=\"").Append(Points(polygon.Points)).Append('"');
                Paint(sb, polygon.Fill, polygon.Stroke);
                sb.Append("/>\n");
                break;
            case CircleElement circle:
                sb.Append("<circle");
                Common(sb, element);
                sb.Append(" cx=\"").Append(Num(circle.Center.X)).Append("\" cy=\"").Append(Num(circle.Center.Y))
                    .Append("\" r=\"").Append(Num(circle.Radius)).Append('"');
                Paint(sb, circle.Fill, circle.Stroke);
                sb.Append("/>\n");
                break;
            case PathElement path:
                sb.Append("<path");
                Common(sb, element);
                sb.Append(" d=\"").Append(PathData(path)).Append('"');
                Paint(sb, path.Fill, path.Stroke);
                sb.Append("/>\n");
                break;
            case TextElement text:
                WriteText(sb, text);
                break;
            case GroupElement group:
                sb.Append("<g");
                Common(sb, element);
                sb.Append(">\n");
                if (group.Title is not null)
                {
                    sb.Append(' ', 2 * (depth + 1)).Append("<title>").Append(Escape(group.Title)).Append("</title>\n");
                }

                if (group.Description is not null)
                {
                    sb.Append(' ', 2 * (depth + 1)).Append("<desc>").Append(Escape(group.Description)).Append("</desc>\n");
                }

                foreach (var child in group.Children)
                {
                    WriteElement(sb, child, depth + 1);
                }

                sb.Append(' ', 2 * depth).Append("</g>\n");
                break;
            default:
                throw new NotSupportedException($"the SVG renderer cannot draw a {element.GetType().Name}");
        }
    }

    private void WriteText(StringBuilder sb, TextElement text)
    {
        // The baseline is computed here from the font metrics rather than left to dominant-baseline,
        // which viewers (and PDF) do not agree on.
        var y = text.Position.Y + _measurer.BaselineShift(text.Baseline, text.Style);
        sb.Append("<text");
        Common(sb, text);
        sb.Append(" x=\"").Append(Num(text.Position.X)).Append("\" y=\"").Append(Num(y)).Append('"')
            .Append(" font-size=\"").Append(Num(text.Style.Size)).Append('"');
        if (text.Style.Bold)
        {
            sb.Append(" font-weight=\"bold\"");
        }

        if (text.Style.Italic)
        {
            sb.Append(" font-style=\"italic\"");
        }

        if (text.Style.Color != Color.Black)
        {
            sb.Append(" fill=\"").Append(text.Style.Color.ToHex()).Append('"');
        }

        if (text.Anchor != TextAnchor.Start)
        {
            sb.Append(" text-anchor=\"").Append(text.Anchor == TextAnchor.Middle ? "middle" : "end").Append('"');
        }

        if (text.Rotation % 360 != 0)
        {
            sb.Append(" transform=\"rotate(").Append(Num(text.Rotation)).Append(' ')
                .Append(Num(text.Position.X)).Append(' ').Append(Num(text.Position.Y)).Append(")\"");
        }

        sb.Append('>').Append(Escape(DisplayText.Clean(text.Text))).Append("</text>\n");
    }

    private static void Common(StringBuilder sb, Element element)
    {
        if (element.Id is not null)
        {
            sb.Append(" id=\"").Append(Escape(element.Id)).Append('"');
        }

        if (element.Opacity < 1)
        {
            sb.Append(" opacity=\"").Append(Num(Math.Max(0, element.Opacity))).Append('"');
        }
    }

    private static void Paint(StringBuilder sb, Color? fill, Stroke? stroke)
    {
        sb.Append(" fill=\"").Append(fill?.ToHex() ?? "none").Append('"');
        if (stroke is null)
        {
            return;
        }

        sb.Append(" stroke=\"").Append(stroke.Color.ToHex()).Append("\" stroke-width=\"").Append(Num(stroke.Width)).Append('"');
        if (!stroke.Dashes.IsDefaultOrEmpty)
        {
            sb.Append(" stroke-dasharray=\"").Append(string.Join(' ', stroke.Dashes.Select(Num))).Append('"');
        }

        if (stroke.Cap != LineCap.Butt)
        {
            sb.Append(" stroke-linecap=\"").Append(stroke.Cap == LineCap.Round ? "round" : "square").Append('"');
        }

        if (stroke.Join != LineJoin.Miter)
        {
            sb.Append(" stroke-linejoin=\"").Append(stroke.Join == LineJoin.Round ? "round" : "bevel").Append('"');
        }
    }

    private static string Points(IEnumerable<Point> points) =>
        string.Join(' ', points.Select(p => Num(p.X) + "," + Num(p.Y)));

    private static string PathData(PathElement path)
    {
        var parts = new List<string>();
        foreach (var s in path.Segments)
        {
            parts.Add(s.Kind switch
            {
                PathSegmentKind.MoveTo => $"M{Num(s.End.X)} {Num(s.End.Y)}",
                PathSegmentKind.LineTo => $"L{Num(s.End.X)} {Num(s.End.Y)}",
                PathSegmentKind.CubicTo => $"C{Num(s.Control1.X)} {Num(s.Control1.Y)} {Num(s.Control2.X)} {Num(s.Control2.Y)} {Num(s.End.X)} {Num(s.End.Y)}",
                PathSegmentKind.Close => "Z",
                _ => throw new NotSupportedException($"unknown path segment {s.Kind}"),
            });
        }

        return string.Join(' ', parts);
    }

    private static void CheckUniqueIds(Scene scene)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { scene.IdPrefix + "-title", scene.IdPrefix + "-desc" };
        void Visit(IEnumerable<Element> elements)
        {
            foreach (var e in elements)
            {
                if (e.Id is not null && !seen.Add(e.Id))
                {
                    throw new InvalidOperationException($"the id '{e.Id}' is used twice in the scene; SVG ids must be unique");
                }

                if (e is GroupElement g)
                {
                    Visit(g.Children);
                }
            }
        }

        Visit(scene.Elements);
    }

    /// <summary>A coordinate rounded to 0.01 pt, without exponent, trailing zeros or "-0".</summary>
    internal static string Num(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "cannot draw at a coordinate that is not finite");
        }

        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>Escapes text for XML content and attribute values.</summary>
    internal static string Escape(string text)
    {
        var clean = DisplayText.Clean(text);
        var sb = new StringBuilder(clean.Length);
        foreach (var c in clean)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&apos;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}
