using System.Buffers.Binary;
using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using MetaReview.Reporting.Drawing.Rendering;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using SVG = DocumentFormat.OpenXml.Office2019.Drawing.SVG;

namespace MetaReview.Cli.Tests;

/// <summary>
/// The figures of the Word report of examples/als-exercise (published ALS trial data): each is the SVG the Markdown
/// report writes, in its own part, referenced by the asvg:svgBlip extension, with a PNG fallback in the blip.
/// </summary>
[Collection(PlotPngCollection.Name)]
public sealed partial class ReportWordTests : IDisposable
{
    private const string SvgBlipExtensionUri = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";

    private readonly string _out = Directory.CreateTempSubdirectory("metareview-report-word-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public void AlsExercise_Word_EmbedsEachFigureAsSvgWithAPngFallback()
    {
        Assert.True(PngRenderer.IsAvailable, PngRenderer.MissingMessage);
        var (exit, _, error) = Cli.Run("report", ReportCommandTests.Example("als-exercise"), "-o", _out, "--format", "docx", "md");
        Assert.True(exit == 0, error);
        Assert.DoesNotContain("note:", error, StringComparison.Ordinal);
        var svgFiles = Directory.GetFiles(Path.Combine(_out, "figures"), "*.svg").ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllBytes);

        using var package = WordprocessingDocument.Open(Path.Combine(_out, "report.docx"), false);
        var main = package.MainDocumentPart!;
        var pictures = main.Document.Descendants<DW.Inline>().ToList();

        // The seven figures: forest plots of the six analysed outcomes and the leave-one-out plot of ALSFRS-R at 6 months.
        Assert.Equal(7, pictures.Count);
        Assert.Equal(svgFiles.Keys.Order(StringComparer.Ordinal), pictures.Select(p => p.DocProperties!.Name!.Value!).Order(StringComparer.Ordinal));
        foreach (var picture in pictures)
        {
            var name = picture.DocProperties!.Name!.Value!;
            var blip = Assert.Single(picture.Descendants<A.Blip>());
            var extension = Assert.Single(blip.Descendants<A.BlipExtension>());
            Assert.Equal(SvgBlipExtensionUri, extension.Uri!.Value);

            var svg = (ImagePart)main.GetPartById(Assert.Single(extension.Elements<SVG.SVGBlip>()).Embed!.Value!);
            Assert.Equal("image/svg+xml", svg.ContentType);
            Assert.Equal(svgFiles[name], ReadAll(svg));

            var png = (ImagePart)main.GetPartById(blip.Embed!.Value!);
            Assert.Equal("image/png", png.ContentType);
            var bytes = ReadAll(png);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);

            // Printed at the text width (453.5 pt) or at its own size if narrower; the PNG has 150 dpi of that.
            var (sceneWidth, sceneHeight) = SceneSize(svgFiles[name]);
            var width = Math.Min(sceneWidth, 453.5);
            var height = sceneHeight * width / sceneWidth;
            // In EMU (12,700 a point), to the 0.01 pt the SVG rounds its size to.
            Assert.Equal(width * 12700, picture.Extent!.Cx!.Value, 127.0);
            Assert.Equal(height * 12700, picture.Extent!.Cy!.Value, 127.0);
            Assert.Equal(width * 150 / 72, BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(16)), 1.0);
            Assert.Equal(height * 150 / 72, BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(20)), 1.0);
        }

        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(package).Select(e => $"{e.Description} at {e.Path?.XPath}"));
    }

    private static byte[] ReadAll(OpenXmlPart part)
    {
        using var stream = part.GetStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static (double Width, double Height) SceneSize(byte[] svg)
    {
        var match = SvgSize().Match(System.Text.Encoding.UTF8.GetString(svg));
        Assert.True(match.Success, "the SVG has a width and height in points");
        return (double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("""<svg [^>]*width="([0-9.]+)pt" height="([0-9.]+)pt"\s""")]
    private static partial Regex SvgSize();
}
