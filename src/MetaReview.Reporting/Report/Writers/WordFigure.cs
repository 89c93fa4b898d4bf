using System.Collections.Concurrent;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Rendering;
using MetaReview.Reporting.Report.Document;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using SVG = DocumentFormat.OpenXml.Office2019.Drawing.SVG;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace MetaReview.Reporting.Report.Writers;

/// <summary>
/// A figure as the Word report embeds it, the way Word stores SVG pictures ([MS-ODRAWXML] 2.26.1.1): the SVG in its
/// own image part, referenced by the <c>asvg:svgBlip</c> extension of the picture's blip (read by Word 2019 and
/// later and Microsoft 365), and a PNG in the blip itself for readers that do not know the extension (older
/// versions of Word; LibreOffice 7.4 shows the PNG).
/// </summary>
/// <remarks>
/// The picture is sized to fit the page's text area (Word cannot split an inline picture across pages and cuts off
/// the rest), never enlarged. The PNG is rendered at <see cref="FallbackDpi"/> of that printed size. A figure shrunk
/// below <see cref="SmallestRasterScale"/> to fit (a forest plot of about a hundred studies or more) gets a notice as its
/// PNG instead: its text would be under 4 pt, unreadable in a bitmap, and rsvg-convert spends about 0.3 s on such a
/// figure at any resolution (the time goes into laying out its thousands of texts).
/// </remarks>
internal sealed record WordFigure(Figure Figure, double Width, double Height, byte[] Svg, byte[] Fallback, bool FallbackIsNotice)
{
    /// <summary>The page's text width (453.5 pt).</summary>
    public const double MaxWidthPoints = WordPage.TextWidthTwips / 20.0;

    /// <summary>The page's text height (700.1 pt), less room for the caption below the figure.</summary>
    public const double MaxHeightPoints = WordPage.TextHeightTwips / 20.0 - 60;

    /// <summary>Resolution of the PNG fallback at the printed size: sharp on screen and in a draft print.</summary>
    public const double FallbackDpi = 150;

    /// <summary>Below this scale the fallback PNG is a notice (see the remarks).</summary>
    public const double SmallestRasterScale = 0.5;

    /// <summary>The URI that names the SVG blip extension in the blip's extension list ([MS-ODRAWXML] 2.26.1.1).</summary>
    private const string SvgBlipExtensionUri = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";

    private const long EmuPerPoint = 12700;

    /// <summary>The scale at which the scene is printed: the largest ≤ 1 that fits the text area.</summary>
    public static double Scale(Scene scene)
    {
        ArgumentNullException.ThrowIfNull(scene);
        return Math.Min(1, Math.Min(MaxWidthPoints / scene.Width, MaxHeightPoints / scene.Height));
    }

    /// <summary>Renders the SVG and the PNG fallback (rsvg-convert must be available: <see cref="PngRenderer.IsAvailable"/>).</summary>
    /// <param name="figure">The figure.</param>
    /// <param name="notices">The notices rendered so far, by printed size: figures of one size share one rendering.</param>
    public static WordFigure Render(Figure figure, ConcurrentDictionary<(double Width, double Height), Lazy<byte[]>> notices)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(notices);
        var scene = figure.Scene;
        var scale = Scale(scene);
        var (width, height) = (scene.Width * scale, scene.Height * scale);
        var svg = new UTF8Encoding(false).GetBytes(SvgRenderer.Render(scene));
        var notice = scale < SmallestRasterScale;
        var fallback = notice
            ? notices.GetOrAdd((width, height), size => new(() => PngRenderer.Render(WordFallbackNotice.Create(size.Width, size.Height), FallbackDpi))).Value
            : PngRenderer.Render(scene, FallbackDpi * scale);
        return new WordFigure(figure, width, height, svg, fallback, notice);
    }

    /// <summary>Adds the two image parts to the document and returns the paragraph that shows the picture.</summary>
    public OpenXmlElement ToParagraph(MainDocumentPart main, uint id)
    {
        ArgumentNullException.ThrowIfNull(main);
        var png = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(Fallback))
        {
            png.FeedData(stream);
        }

        var svg = main.AddImagePart(ImagePartType.Svg);
        using (var stream = new MemoryStream(Svg))
        {
            svg.FeedData(stream);
        }

        var cx = (long)Math.Round(Width * EmuPerPoint);
        var cy = (long)Math.Round(Height * EmuPerPoint);
        var description = Figure.Scene.Description ?? Figure.Caption;
        var blip = new A.Blip(new A.BlipExtensionList(
            new A.BlipExtension(new SVG.SVGBlip { Embed = main.GetIdOfPart(svg) }) { Uri = SvgBlipExtensionUri }))
        { Embed = main.GetIdOfPart(png) };
        var graphic = new A.Graphic(new A.GraphicData(
            new PIC.Picture(
                new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = id, Name = Figure.Name + ".svg", Description = description },
                    new PIC.NonVisualPictureDrawingProperties()),
                new PIC.BlipFill(blip, new A.Stretch(new A.FillRectangle())),
                new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                    new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
        { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" });
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = Figure.Name, Description = description },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            graphic)
        { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 };
        return new W.Paragraph(new W.Run(new W.Drawing(inline)));
    }
}
