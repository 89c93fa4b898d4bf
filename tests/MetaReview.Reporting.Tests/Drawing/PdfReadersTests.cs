using System.Globalization;
using System.Text.RegularExpressions;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Layout;
using MetaReview.Reporting.Drawing.Rendering;
using MetaReview.Reporting.Tests.Support;
using Xunit.Abstractions;

namespace MetaReview.Reporting.Tests.Drawing;

/// <summary>
/// The PDF files read by programs that did not write them: qpdf checks the syntax and streams, poppler
/// (pdfinfo, pdffonts, pdftotext, pdftoppm) reads the metadata, fonts and text and renders the page, which
/// is compared with rsvg-convert's rendering of the SVG of the same scene.
/// </summary>
public partial class PdfReadersTests(ITestOutputHelper output)
{
    private const int Dpi = 100;

    /// <summary>Text that needs the font's Greek, superscripts, mathematical symbols and punctuation, and PDF escapes.</summary>
    private const string Special = "Schünemann (2019): τ² = 0.12, I² ≥ 50 % – ΔE \\ ) ( “ok”";

    public static TheoryData<string> Plots => [.. Scenes.Keys];

    private static readonly Dictionary<string, Func<Scene>> Scenes = new(ExamplePlots.Scenes)
    {
        ["primitives"] = SvgRendererTests.Primitives,
    };

    [TheoryNeedingTools("qpdf")]
    [MemberData(nameof(Plots))]
    public void Qpdf_FindsNoSyntaxOrStreamErrors(string plot)
    {
        using var file = new TempFile(PdfRenderer.Render(Scenes[plot]()));
        var check = ExternalTool.RunText("qpdf", "--check", file.Path);
        Assert.Contains("No syntax or stream encoding errors found", check, StringComparison.Ordinal);
    }

    [FactNeedingTools("pdffonts")]
    public void Pdffonts_ListsEachFaceAsAnEmbeddedCidTrueTypeSubsetWithAUnicodeMap()
    {
        using var file = new TempFile(PdfRenderer.Render(SvgRendererTests.Primitives()));
        var rows = ExternalTool.RunText("pdffonts", file.Path).Split('\n', StringSplitOptions.RemoveEmptyEntries)[2..];
        Assert.Equal(3, rows.Length);
        foreach (var row in rows)
        {
            // name, type, encoding, emb, sub, uni, object
            Assert.Matches(@"^[A-Z]{6}\+LiberationSans-(Regular|Bold|Italic)\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\s+\d+\s+0$", row);
        }
    }

    [FactNeedingTools("pdfinfo")]
    public void Pdfinfo_ReadsTheTitleSubjectAndPageSize()
    {
        var canvas = new Canvas(300.5, 120);
        var scene = canvas.ToScene("Risk of bias (RoB 2) \\ τ²", "Smith (2001) ((unbalanced");
        using var file = new TempFile(PdfRenderer.Render(scene));
        var info = ExternalTool.RunText("pdfinfo", "-enc", "UTF-8", file.Path);
        var fields = info.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(':', 2)).ToDictionary(f => f[0], f => f[1].Trim());
        Assert.Equal("Risk of bias (RoB 2) \\ τ²", fields["Title"]);
        Assert.Equal("Smith (2001) ((unbalanced", fields["Subject"]);
        Assert.Equal("MetaReview", fields["Producer"]);
        Assert.Equal("1", fields["Pages"]);
        Assert.Equal("300.5 x 120 pts", fields["Page size"]);
        Assert.Equal("1.7", fields["PDF version"]);
        Assert.False(fields.ContainsKey("CreationDate"));
    }

    [TheoryNeedingTools("pdftotext")]
    [MemberData(nameof(Plots))]
    public void Pdftotext_ExtractsEveryTextOfThePlot(string plot)
    {
        var scene = Scenes[plot]();
        using var file = new TempFile(PdfRenderer.Render(scene));
        var extracted = Normalize(ExternalTool.RunText("pdftotext", "-enc", "UTF-8", file.Path, "-"));
        var texts = SceneText.Boxes(scene).Select(b => Normalize(b.Text.Text)).Where(t => t.Length > 0).ToList();
        Assert.NotEmpty(texts);
        var missing = texts.Where(t => !extracted.Contains(t, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"not extracted: {string.Join(" | ", missing)}\nextracted: {extracted}");
    }

    [FactNeedingTools("pdftotext")]
    public void Pdftotext_ExtractsGreekSymbolsAndEscapedCharacters_AndMissingGlyphsAsThemselves()
    {
        var canvas = new Canvas(400, 60);
        canvas.Text(Special, 10, 20, new TextStyle(10));
        canvas.Text("Chinese 中文 is not in the font", 10, 40, new TextStyle(10, bold: true, italic: true));
        using var file = new TempFile(PdfRenderer.Render(canvas.ToScene()));
        var lines = ExternalTool.RunText("pdftotext", "-enc", "UTF-8", file.Path, "-").Split('\n').Select(l => l.Trim()).ToList();
        Assert.Contains(Special, lines);
        Assert.Contains("Chinese 中文 is not in the font", lines);
    }

    /// <summary>
    /// pdftotext computes each word's box from the text matrix and the font's widths; it must find it where the
    /// layout (and so the SVG) put it, for every anchor and baseline.
    /// </summary>
    [FactNeedingTools("pdftotext")]
    public void Pdftotext_FindsEachWordWhereTheLayoutPutIt()
    {
        var canvas = new Canvas(300, 200);
        var texts = new List<TextElement>();
        var i = 0;
        foreach (var anchor in Enum.GetValues<TextAnchor>())
        {
            foreach (var baseline in Enum.GetValues<TextBaseline>())
            {
                var style = new TextStyle(8 + i % 4, bold: i % 2 == 0, italic: i % 3 == 0);
                var text = new TextElement
                {
                    Text = $"{anchor}-{baseline}-Wörd{i}",
                    Position = new Point(150, 15 + 15 * i),
                    Style = style,
                    Anchor = anchor,
                    Baseline = baseline,
                };
                texts.Add(text);
                canvas.Add(text);
                i++;
            }
        }

        using var file = new TempFile(PdfRenderer.Render(canvas.ToScene()));
        var html = ExternalTool.RunText("pdftotext", "-bbox", "-enc", "UTF-8", file.Path, "-");
        var words = WordBox().Matches(html).ToDictionary(
            m => System.Net.WebUtility.HtmlDecode(m.Groups["word"].Value),
            m => Rect.FromEdges(Double(m, "xMin"), Double(m, "yMin"), Double(m, "xMax"), Double(m, "yMax")));
        foreach (var text in texts)
        {
            var expected = TextMeasurer.Default.Bounds(text);
            Assert.True(words.TryGetValue(text.Text, out var found), $"pdftotext did not find '{text.Text}' in {html}");
            output.WriteLine($"{text.Text}: layout {expected}, pdftotext {found}");
            Assert.Equal(expected.Left, found.Left, 0.01);
            Assert.Equal(expected.Right, found.Right, 0.01);
            Assert.Equal(expected.Top, found.Top, 0.01);
            Assert.Equal(expected.Bottom, found.Bottom, 0.01);
        }
    }

    /// <summary>
    /// The page as poppler renders it is the picture rsvg-convert makes of the SVG of the same scene. Two
    /// comparisons at 100 dpi: with rsvg-convert's PNG (two different rasterizers, so text edges differ:
    /// poppler draws glyphs lighter) and, to see the PDF's own contribution, with poppler's rendering of the PDF
    /// that rsvg-convert (cairo) makes of the same SVG (one rasterizer: only the files differ). Compared are the
    /// size, the amount of ink, and a grid of 4 × 4-pixel cells, which forgives anti-aliasing but not a
    /// misplaced, missing or recoloured element.
    /// </summary>
    [TheoryNeedingTools("pdftoppm", PngRenderer.Program)]
    [MemberData(nameof(Plots))]
    public void Pdftoppm_RendersThePageAsRsvgConvertRendersTheSvg(string plot)
    {
        var scene = Scenes[plot]();
        var ours = Rasterize(PdfRenderer.Render(scene));
        var rsvgPng = PngRenderer.Render(scene, Dpi);
        using var svgFile = new TempFile(System.Text.Encoding.UTF8.GetBytes(SvgRenderer.Render(scene)), ".svg");
        var (_, cairoPdf, cairoErrors) = ExternalTool.RunWithEnvironment(
            PngRenderer.Program, new Dictionary<string, string> { ["FONTCONFIG_FILE"] = PngRenderer.FontConfigFile() },
            "--format=pdf", svgFile.Path);
        Assert.True(cairoPdf.Length > 0, cairoErrors);
        var cairo = Rasterize(cairoPdf);
        SaveForInspection(plot, ours, rsvgPng);

        var pdf = GrayImage.FromPng(ours);
        var svg = GrayImage.FromPng(rsvgPng);
        var viaCairo = GrayImage.FromPng(cairo);
        var (cells, meanDifference) = pdf.Compare(svg);
        var (cairoCells, cairoMeanDifference) = pdf.Compare(viaCairo);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{plot}: {pdf.Width}×{pdf.Height} px; ink {pdf.InkShare():P2} (rsvg PNG {svg.InkShare():P2}, cairo PDF {viaCairo.InkShare():P2}); "
            + $"vs rsvg PNG: cells differing {cells:P3}, mean |Δ| {meanDifference:F2}/255; "
            + $"vs cairo PDF: cells differing {cairoCells:P3}, mean |Δ| {cairoMeanDifference:F2}/255"));

        Assert.Equal((svg.Width, svg.Height), (pdf.Width, pdf.Height));
        Assert.Equal((viaCairo.Width, viaCairo.Height), (pdf.Width, pdf.Height));
        Assert.InRange(pdf.InkShare(), 0.02, 0.6);
        Assert.InRange(pdf.InkShare() / svg.InkShare(), 0.85, 1.05);
        Assert.True(cells < 0.01, $"{cells:P2} of the 4 × 4 cells differ from rsvg-convert's PNG");
        Assert.True(meanDifference < 8, $"mean pixel difference from rsvg-convert's PNG {meanDifference:F2}");
        Assert.InRange(pdf.InkShare() / viaCairo.InkShare(), 0.98, 1.02);
        Assert.True(cairoCells < 0.002, $"{cairoCells:P2} of the 4 × 4 cells differ from cairo's PDF");
        Assert.True(cairoMeanDifference < 1.5, $"mean pixel difference from cairo's PDF {cairoMeanDifference:F2}");

        static byte[] Rasterize(byte[] pdf)
        {
            using var file = new TempFile(pdf);
            var root = file.Path[..^4];
            ExternalTool.Run("pdftoppm", "-png", "-r", Dpi.ToString(CultureInfo.InvariantCulture), "-singlefile", file.Path, root);
            var png = File.ReadAllBytes(root + ".png");
            File.Delete(root + ".png");
            return png;
        }
    }

    /// <summary>With METAREVIEW_GALLERY set, keeps both renderings for a person to compare.</summary>
    private static void SaveForInspection(string plot, byte[] pdfPng, byte[] svgPng)
    {
        var dir = Environment.GetEnvironmentVariable("METAREVIEW_GALLERY");
        if (string.IsNullOrWhiteSpace(dir))
        {
            return;
        }

        Directory.CreateDirectory(dir);
        File.WriteAllBytes(Path.Combine(dir, plot + ".pdftoppm.png"), pdfPng);
        File.WriteAllBytes(Path.Combine(dir, plot + ".rsvg.png"), svgPng);
    }

    private static string Normalize(string text) => Whitespace().Replace(text.Replace('\u00A0', ' '), " ").Trim();

    private static double Double(Match m, string group) => double.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("<word xMin=\"(?<xMin>[-0-9.]+)\" yMin=\"(?<yMin>[-0-9.]+)\" xMax=\"(?<xMax>[-0-9.]+)\" yMax=\"(?<yMax>[-0-9.]+)\">(?<word>[^<]*)</word>")]
    private static partial Regex WordBox();

    /// <summary>A file written to the temporary directory for a program to read, deleted afterwards.</summary>
    private sealed class TempFile : IDisposable
    {
        public TempFile(byte[] content, string extension = ".pdf")
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"metareview-{Guid.NewGuid():N}{extension}");
            File.WriteAllBytes(Path, content);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}
