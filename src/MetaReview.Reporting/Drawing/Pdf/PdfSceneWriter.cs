using System.Security;
using System.Text;
using MetaReview.Reporting.Drawing.Fonts;
using MetaReview.Reporting.Drawing.Layout;

namespace MetaReview.Reporting.Drawing.Pdf;

/// <summary>
/// Turns one scene into a one-page PDF 1.7 file. The page content works in the scene's own coordinates
/// (points, y downwards) under one flipping matrix, so every element is drawn at exactly the numbers the
/// SVG renderer writes.
/// </summary>
/// <remarks>
/// Opacity follows SVG: an element's opacity applies to it as a whole. A shape with only a fill or only a
/// stroke, and text, take it as the alpha constant of an ExtGState; a group, or a shape with both fill and
/// stroke, is drawn into a transparency group (a form XObject) that is then painted with that alpha, so
/// overlapping parts do not show through each other.
/// </remarks>
internal sealed class PdfSceneWriter
{
    // SVG's default stroke-miterlimit; PDF's default is 10.
    private const double SvgMiterLimit = 4;

    private readonly TextMeasurer _measurer;
    private readonly PdfDocumentWriter _doc = new();
    private readonly Dictionary<string, PdfEmbeddedFont> _fonts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _alphaStates = new(StringComparer.Ordinal);
    private readonly List<(string Name, int Number)> _forms = [];
    private readonly int _catalog;
    private readonly int _pages;
    private readonly int _page;
    private readonly int _resources;
    private readonly int _content;
    private readonly int _info;
    private readonly int _metadata;
    private readonly Scene _scene;

    private PdfSceneWriter(Scene scene, TextMeasurer measurer)
    {
        _scene = scene;
        _measurer = measurer;
        _catalog = _doc.Reserve();
        _pages = _doc.Reserve();
        _page = _doc.Reserve();
        _resources = _doc.Reserve();
        _content = _doc.Reserve();
        _info = _doc.Reserve();
        _metadata = _doc.Reserve();
    }

    public static byte[] Write(Scene scene, TextMeasurer measurer)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(measurer);
        return new PdfSceneWriter(scene, measurer).WriteScene();
    }

    private byte[] WriteScene()
    {
        var scene = _scene;
        var content = new PdfContentWriter();
        // From PDF's y-up default space to the scene's y-down one.
        content.Transform(1, 0, 0, -1, 0, scene.Height).MiterLimit(SvgMiterLimit);
        if (scene.Background is { } background)
        {
            content.FillColor(background).Rectangle(new Rect(0, 0, scene.Width, scene.Height)).Paint(fill: true, stroke: false);
        }

        foreach (var element in scene.Elements)
        {
            Draw(content, element);
        }

        _doc.SetStream(_content, string.Empty, content.ToBytes());
        foreach (var font in _fonts.Values)
        {
            font.Write(_doc);
        }

        _doc.SetObject(_resources, Resources());
        // A page with transparency gets a page group, so that viewers blend in RGB.
        var group = _alphaStates.Count > 0 ? "/Group<</Type/Group/S/Transparency/CS/DeviceRGB>>" : string.Empty;
        _doc.SetObject(_page, $"<</Type/Page/Parent {PdfDocumentWriter.Ref(_pages)}/MediaBox{PageBox()}"
            + $"/Resources {PdfDocumentWriter.Ref(_resources)}/Contents {PdfDocumentWriter.Ref(_content)}{group}>>");
        _doc.SetObject(_pages, $"<</Type/Pages/Kids[{PdfDocumentWriter.Ref(_page)}]/Count 1>>");
        WriteMetadata(scene);
        var showTitle = scene.Title is null ? string.Empty : "/ViewerPreferences<</DisplayDocTitle true>>";
        _doc.SetObject(_catalog, $"<</Type/Catalog/Pages {PdfDocumentWriter.Ref(_pages)}/Metadata {PdfDocumentWriter.Ref(_metadata)}{showTitle}>>");
        return _doc.ToBytes(_catalog, _info);
    }

    private void Draw(PdfContentWriter content, Element element)
    {
        // As in SVG, an opacity that is not a number is ignored and one at or below 0 hides the element.
        var opacity = element.Opacity < 1 ? Math.Max(0, element.Opacity) : 1;
        if (opacity == 0)
        {
            return;
        }

        if (opacity == 1)
        {
            DrawOpaque(content, element);
            return;
        }

        content.Save().GraphicsState(AlphaState(opacity));
        var composite = element is GroupElement
            || element is RectangleElement { Fill: not null, Stroke: not null }
            || element is PolygonElement { Fill: not null, Stroke: not null }
            || element is CircleElement { Fill: not null, Stroke: not null }
            || element is PathElement { Fill: not null, Stroke: not null };
        if (composite)
        {
            var form = new PdfContentWriter();
            DrawOpaque(form, element);
            content.PaintXObject(AddForm(form));
        }
        else
        {
            DrawOpaque(content, element);
        }

        content.Restore();
    }

    private void DrawOpaque(PdfContentWriter content, Element element)
    {
        switch (element)
        {
            case LineElement line:
                Shape(content, null, line.Stroke, c => c.MoveTo(line.From).LineTo(line.To));
                break;
            case PolylineElement polyline when polyline.Points.Length >= 2:
                Shape(content, null, polyline.Stroke, c => Polyline(c, polyline.Points, close: false));
                break;
            case PolygonElement polygon when polygon.Points.Length >= 2:
                Shape(content, polygon.Fill, polygon.Stroke, c => Polyline(c, polygon.Points, close: true));
                break;
            // SVG draws nothing for a rectangle without area or a circle without radius.
            case RectangleElement rect when rect.Bounds.Width > 0 && rect.Bounds.Height > 0:
                var b = rect.Bounds;
                Shape(content, rect.Fill, rect.Stroke, c =>
                {
                    if (rect.CornerRadius > 0)
                    {
                        c.RoundedRectangle(b, Math.Min(rect.CornerRadius, b.Width / 2), Math.Min(rect.CornerRadius, b.Height / 2));
                    }
                    else
                    {
                        c.Rectangle(b);
                    }
                });
                break;
            case CircleElement circle when circle.Radius > 0:
                Shape(content, circle.Fill, circle.Stroke, c => c.Circle(circle.Center, circle.Radius));
                break;
            case PathElement path when path.Segments.Length > 0:
                Shape(content, path.Fill, path.Stroke, c => Path(c, path));
                break;
            case TextElement text:
                DrawText(content, text);
                break;
            case GroupElement group:
                foreach (var child in group.Children)
                {
                    Draw(content, child);
                }

                break;
            case LineElement or PolylineElement or PolygonElement or RectangleElement or CircleElement or PathElement:
                break;
            default:
                throw new NotSupportedException($"the PDF renderer cannot draw a {element.GetType().Name}");
        }
    }

    private static void Shape(PdfContentWriter content, Color? fill, Stroke? stroke, Action<PdfContentWriter> outline)
    {
        if (fill is null && stroke is null)
        {
            return;
        }

        content.Save();
        if (fill is { } f)
        {
            content.FillColor(f);
        }

        if (stroke is not null)
        {
            content.StrokeColor(stroke.Color).LineWidth(stroke.Width).LineStyle(stroke.Cap, stroke.Join);
            if (!stroke.Dashes.IsDefaultOrEmpty && stroke.Dashes.Any(d => d > 0))
            {
                // SVG repeats an odd-length pattern to make it even; so does PDF, but say it explicitly.
                content.Dash(stroke.Dashes.Length % 2 == 0 ? stroke.Dashes : [.. stroke.Dashes, .. stroke.Dashes]);
            }
        }

        outline(content);
        content.Paint(fill is not null, stroke is not null).Restore();
    }

    private static void Polyline(PdfContentWriter content, IReadOnlyList<Point> points, bool close)
    {
        content.MoveTo(points[0]);
        for (var i = 1; i < points.Count; i++)
        {
            content.LineTo(points[i]);
        }

        if (close)
        {
            content.ClosePath();
        }
    }

    private static void Path(PdfContentWriter content, PathElement path)
    {
        foreach (var s in path.Segments)
        {
            switch (s.Kind)
            {
                case PathSegmentKind.MoveTo:
                    content.MoveTo(s.End);
                    break;
                case PathSegmentKind.LineTo:
                    content.LineTo(s.End);
                    break;
                case PathSegmentKind.CubicTo:
                    content.CurveTo(s.Control1, s.Control2, s.End);
                    break;
                case PathSegmentKind.Close:
                    content.ClosePath();
                    break;
                default:
                    throw new NotSupportedException($"unknown path segment {s.Kind}");
            }
        }
    }

    private void DrawText(PdfContentWriter content, TextElement text)
    {
        var shown = DisplayText.Clean(text.Text);
        if (shown.Length == 0)
        {
            return;
        }

        // The anchor and baseline are resolved with the layout's metrics, exactly as the SVG renderer places them.
        var start = _measurer.BaselineStart(text);
        var font = Font(text.Style);
        content.Save().FillColor(text.Style.Color);
        if (text.Rotation % 360 != 0)
        {
            // SVG's rotate(angle, x, y): clockwise on screen about the text position.
            var (sin, cos) = Math.SinCos(text.Rotation * Math.PI / 180);
            var (x, y) = (text.Position.X, text.Position.Y);
            content.Transform(cos, sin, -sin, cos, x - cos * x + sin * y, y - sin * x - cos * y);
        }

        content.Text(font.ResourceName, text.Style.Size, start, font.Encode(shown)).Restore();
    }

    private PdfEmbeddedFont Font(TextStyle style)
    {
        var face = EmbeddedFonts.FaceName(style.Bold, style.Italic);
        if (!_fonts.TryGetValue(face, out var font))
        {
            var name = "F" + (_fonts.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            font = new PdfEmbeddedFont(name, _doc.Reserve(), face, style.Italic, TrueTypeFont.ForFace(style.Bold, style.Italic), _measurer.Face(style));
            _fonts[face] = font;
        }

        return font;
    }

    /// <summary>The ExtGState resource that sets both alpha constants (stroke CA, fill ca) to <paramref name="opacity"/>.</summary>
    private string AlphaState(double opacity)
    {
        var value = PdfSyntax.Number(opacity, 6);
        if (!_alphaStates.TryGetValue(value, out var name))
        {
            name = "GS" + (_alphaStates.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _alphaStates[value] = name;
        }

        return name;
    }

    /// <summary>A transparency group XObject in the page's coordinates, sharing the page's resources.</summary>
    private string AddForm(PdfContentWriter form)
    {
        var number = _doc.Reserve();
        var name = "X" + (_forms.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _forms.Add((name, number));
        _doc.SetStream(number, $"/Type/XObject/Subtype/Form/BBox{PageBox()}/Group<</Type/Group/S/Transparency>>/Resources {PdfDocumentWriter.Ref(_resources)}", form.ToBytes());
        return name;
    }

    private string PageBox() => $"[0 0 {PdfSyntax.Number(_scene.Width)} {PdfSyntax.Number(_scene.Height)}]";

    private string Resources()
    {
        var sb = new StringBuilder("<<");
        if (_fonts.Count > 0)
        {
            sb.Append("/Font<<");
            foreach (var font in _fonts.Values)
            {
                sb.Append(PdfSyntax.Name(font.ResourceName)).Append(' ').Append(PdfDocumentWriter.Ref(font.ObjectNumber));
            }

            sb.Append(">>");
        }

        if (_alphaStates.Count > 0)
        {
            sb.Append("/ExtGState<<");
            foreach (var (alpha, name) in _alphaStates)
            {
                sb.Append(PdfSyntax.Name(name)).Append("<</Type/ExtGState/CA ").Append(alpha).Append("/ca ").Append(alpha).Append(">>");
            }

            sb.Append(">>");
        }

        if (_forms.Count > 0)
        {
            sb.Append("/XObject<<");
            foreach (var (name, number) in _forms)
            {
                sb.Append(PdfSyntax.Name(name)).Append(' ').Append(PdfDocumentWriter.Ref(number));
            }

            sb.Append(">>");
        }

        return sb.Append(">>").ToString();
    }

    /// <summary>The document information dictionary and the XMP packet, both from the scene's title and description; no dates.</summary>
    private void WriteMetadata(Scene scene)
    {
        var title = scene.Title is null ? null : DisplayText.Clean(scene.Title);
        var description = scene.Description is null ? null : DisplayText.Clean(scene.Description);
        var info = new StringBuilder("<<");
        if (title is not null)
        {
            info.Append("/Title").Append(PdfSyntax.TextString(title));
        }

        if (description is not null)
        {
            info.Append("/Subject").Append(PdfSyntax.TextString(description));
        }

        info.Append("/Creator(MetaReview)/Producer(MetaReview)>>");
        _doc.SetObject(_info, info.ToString());

        static string Alt(string element, string? text) => text is null
            ? string.Empty
            : $"   <{element}><rdf:Alt><rdf:li xml:lang=\"x-default\">{SecurityElement.Escape(text)}</rdf:li></rdf:Alt></{element}>\n";
        var xmp = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
            + "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
            + "   <dc:format>application/pdf</dc:format>\n"
            + Alt("dc:title", title)
            + Alt("dc:description", description)
            + "   <pdf:Producer>MetaReview</pdf:Producer>\n   <xmp:CreatorTool>MetaReview</xmp:CreatorTool>\n"
            + "  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
        _doc.SetStream(_metadata, "/Type/Metadata/Subtype/XML", new UTF8Encoding(false).GetBytes(xmp));
    }
}
