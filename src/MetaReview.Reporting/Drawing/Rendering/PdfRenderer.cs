using MetaReview.Reporting.Drawing.Fonts;
using MetaReview.Reporting.Drawing.Layout;
using PdfSharp.Drawing;
using PdfSharp.License;
using PdfSharp.Pdf;

namespace MetaReview.Reporting.Drawing.Rendering;

/// <summary>
/// Writes a scene as a one-page PDF of the scene's size, through PDFsharp, with the embedded font
/// (subset) in the file so that it prints the same everywhere.
/// </summary>
/// <remarks>
/// <para>
/// Licensing: the package mirror only has PDFsharp 6.5.0, which is dual-licensed AGPL-3.0-only or
/// commercial and refuses to write until the application loads a licence. MetaReview (MIT) does not
/// make that choice for its users: the host application calls <c>PdfSharpLicense.SetAgplLicense()</c>
/// (if its use complies with the AGPL) or loads a commercial key; otherwise <see cref="Write"/> throws
/// <see cref="RendererUnavailableException"/> saying so. PDFsharp up to 6.2 was MIT-licensed.
/// </para>
/// Group opacity is applied to each child (overlapping translucent children are not composited as a
/// group). The saved file goes through <see cref="PdfPostProcessor"/>, which repairs PDFsharp 6.5's Flate
/// streams and removes dates and random ids, so the same scene gives the same bytes.
/// </remarks>
public sealed class PdfRenderer : ISceneRenderer
{
    private readonly TextMeasurer _measurer;

    public PdfRenderer(TextMeasurer? measurer = null)
    {
        _measurer = measurer ?? TextMeasurer.Default;
    }

    /// <summary>The message given when PDFsharp has no licence loaded.</summary>
    public const string LicenceMessage =
        "PDF output uses PDFsharp 6.5, which is licensed AGPL-3.0-only or commercially and needs the application to choose: "
        + "call PdfSharp.PdfSharpLicense.SetAgplLicense() if your use complies with the AGPL, or load a commercial key with "
        + "PdfSharpLicense.LoadLicense(...); SVG and PNG output do not need it.";

    public PlotFormat Format => PlotFormat.Pdf;

    /// <summary>True when PDFsharp has a licence loaded and will write (PDFsharp keeps its own check internal, so this probes it).</summary>
    public static bool IsLicensed
    {
        get
        {
            try
            {
                using var probe = new PdfDocument();
                return true;
            }
            catch (PdfSharpLicenseException)
            {
                return false;
            }
        }
    }

    public static byte[] Render(Scene scene)
    {
        using var buffer = new MemoryStream();
        new PdfRenderer().Write(scene, buffer);
        return buffer.ToArray();
    }

    public void Write(Scene scene, Stream output)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(output);
        if (!IsLicensed)
        {
            throw new RendererUnavailableException(LicenceMessage);
        }

        EmbeddedFontResolver.EnsureInstalled();
        using var document = new PdfDocument();

        document.Info.Creator = "MetaReview";
        if (scene.Title is not null)
        {
            document.Info.Title = DisplayText.Clean(scene.Title);
        }

        if (scene.Description is not null)
        {
            document.Info.Subject = DisplayText.Clean(scene.Description);
        }

        var page = document.AddPage();
        page.Width = XUnit.FromPoint(scene.Width);
        page.Height = XUnit.FromPoint(scene.Height);
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            if (scene.Background is { } background)
            {
                gfx.DrawRectangle(new XSolidBrush(ToXColor(background, 1)), 0, 0, scene.Width, scene.Height);
            }

            foreach (var element in scene.Elements)
            {
                Draw(gfx, element, 1);
            }
        }

        using var saved = new MemoryStream();
        document.Save(saved, closeStream: false);
        output.Write(PdfPostProcessor.Process(saved.ToArray()));
    }

    private void Draw(XGraphics gfx, Element element, double inheritedOpacity)
    {
        var opacity = inheritedOpacity * Math.Clamp(element.Opacity, 0, 1);
        switch (element)
        {
            case LineElement line:
                gfx.DrawLine(Pen(line.Stroke, opacity), line.From.X, line.From.Y, line.To.X, line.To.Y);
                break;
            case PolylineElement polyline:
                gfx.DrawLines(Pen(polyline.Stroke, opacity), ToXPoints(polyline.Points));
                break;
            case RectangleElement rect:
                var r = new XRect(rect.Bounds.X, rect.Bounds.Y, rect.Bounds.Width, rect.Bounds.Height);
                if (rect.CornerRadius > 0)
                {
                    var corner = new XSize(2 * rect.CornerRadius, 2 * rect.CornerRadius);
                    gfx.DrawRoundedRectangle(OptionalPen(rect.Stroke, opacity), Brush(rect.Fill, opacity), r, corner);
                }
                else
                {
                    gfx.DrawRectangle(OptionalPen(rect.Stroke, opacity), Brush(rect.Fill, opacity), r);
                }

                break;
            case PolygonElement polygon:
                gfx.DrawPolygon(OptionalPen(polygon.Stroke, opacity), Brush(polygon.Fill, opacity), ToXPoints(polygon.Points), XFillMode.Winding);
                break;
            case CircleElement circle:
                gfx.DrawEllipse(
                    OptionalPen(circle.Stroke, opacity),
                    Brush(circle.Fill, opacity),
                    circle.Center.X - circle.Radius,
                    circle.Center.Y - circle.Radius,
                    2 * circle.Radius,
                    2 * circle.Radius);
                break;
            case PathElement path:
                gfx.DrawPath(OptionalPen(path.Stroke, opacity), Brush(path.Fill, opacity), ToXPath(path));
                break;
            case TextElement text:
                DrawText(gfx, text, opacity);
                break;
            case GroupElement group:
                foreach (var child in group.Children)
                {
                    Draw(gfx, child, opacity);
                }

                break;
            default:
                throw new NotSupportedException($"the PDF renderer cannot draw a {element.GetType().Name}");
        }
    }

    private void DrawText(XGraphics gfx, TextElement text, double opacity)
    {
        var content = DisplayText.Clean(text.Text);
        if (content.Length == 0)
        {
            return;
        }

        var style = (text.Style.Bold, text.Style.Italic) switch
        {
            (true, true) => XFontStyleEx.BoldItalic,
            (true, false) => XFontStyleEx.Bold,
            (false, true) => XFontStyleEx.Italic,
            _ => XFontStyleEx.Regular,
        };
        var font = new XFont(EmbeddedFonts.FamilyName, text.Style.Size, style, new XPdfFontOptions(PdfFontEncoding.Unicode));

        // The anchor is resolved with our own metrics so that the PDF places text exactly where layout put it.
        var start = _measurer.BaselineStart(text);
        var brush = new XSolidBrush(ToXColor(text.Style.Color, opacity));
        if (text.Rotation % 360 == 0)
        {
            gfx.DrawString(content, font, brush, start.X, start.Y, XStringFormats.BaseLineLeft);
            return;
        }

        var state = gfx.Save();
        gfx.RotateAtTransform(text.Rotation, new XPoint(text.Position.X, text.Position.Y));
        gfx.DrawString(content, font, brush, start.X, start.Y, XStringFormats.BaseLineLeft);
        gfx.Restore(state);
    }

    private static XPen? OptionalPen(Stroke? stroke, double opacity) => stroke is null ? null : Pen(stroke, opacity);

    private static XPen Pen(Stroke stroke, double opacity)
    {
        var pen = new XPen(ToXColor(stroke.Color, opacity), stroke.Width)
        {
            LineCap = stroke.Cap switch
            {
                LineCap.Round => XLineCap.Round,
                LineCap.Square => XLineCap.Square,
                _ => XLineCap.Flat,
            },
            LineJoin = stroke.Join switch
            {
                LineJoin.Round => XLineJoin.Round,
                LineJoin.Bevel => XLineJoin.Bevel,
                _ => XLineJoin.Miter,
            },
        };
        if (!stroke.Dashes.IsDefaultOrEmpty)
        {
            // PDFsharp, like GDI+, measures dash patterns in multiples of the pen width.
            pen.DashStyle = XDashStyle.Custom;
            pen.DashPattern = [.. stroke.Dashes.Select(d => d / stroke.Width)];
        }

        return pen;
    }

    private static XBrush? Brush(Color? fill, double opacity) =>
        fill is { } color ? new XSolidBrush(ToXColor(color, opacity)) : null;

    private static XColor ToXColor(Color color, double opacity) =>
        XColor.FromArgb((int)Math.Round(255 * Math.Clamp(opacity, 0, 1)), color.R, color.G, color.B);

    private static XPoint[] ToXPoints(IEnumerable<Point> points) => [.. points.Select(p => new XPoint(p.X, p.Y))];

    private static XGraphicsPath ToXPath(PathElement path)
    {
        var xpath = new XGraphicsPath { FillMode = XFillMode.Winding };
        var current = default(Point);
        foreach (var s in path.Segments)
        {
            switch (s.Kind)
            {
                case PathSegmentKind.MoveTo:
                    xpath.StartFigure();
                    current = s.End;
                    break;
                case PathSegmentKind.LineTo:
                    xpath.AddLine(current.X, current.Y, s.End.X, s.End.Y);
                    current = s.End;
                    break;
                case PathSegmentKind.CubicTo:
                    xpath.AddBezier(current.X, current.Y, s.Control1.X, s.Control1.Y, s.Control2.X, s.Control2.Y, s.End.X, s.End.Y);
                    current = s.End;
                    break;
                case PathSegmentKind.Close:
                    xpath.CloseFigure();
                    break;
                default:
                    throw new NotSupportedException($"unknown path segment {s.Kind}");
            }
        }

        return xpath;
    }
}
