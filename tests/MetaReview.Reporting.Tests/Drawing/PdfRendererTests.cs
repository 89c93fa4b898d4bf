using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Fonts;
using MetaReview.Reporting.Drawing.Rendering;
using MetaReview.Reporting.Tests.Support;

namespace MetaReview.Reporting.Tests.Drawing;

/// <summary>The structure of the PDF files PdfRenderer writes, read back with the tests' own strict reader.</summary>
public partial class PdfRendererTests
{
    [Fact]
    public void Pdf_HasOnePageOfTheSceneSize_ReachedThroughTheXrefFromTheTrailer()
    {
        var pdf = new PdfInspector(PdfRenderer.Render(SvgRendererTests.Primitives()));
        Assert.Matches(@"/ID\[<[0-9A-F]{32}><[0-9A-F]{32}>\]", pdf.Trailer);
        var catalog = pdf.Object(PdfInspector.Ref(pdf.Trailer, "Root"));
        Assert.Contains("/Type/Catalog", catalog, StringComparison.Ordinal);
        var pages = pdf.Object(PdfInspector.Ref(catalog, "Pages"));
        Assert.Contains("/Count 1", pages, StringComparison.Ordinal);
        var page = pdf.Object(PdfInspector.Ref(pages, "Kids\\["));
        Assert.Contains("/Type/Page/", page, StringComparison.Ordinal);
        Assert.Contains("/MediaBox[0 0 320 140]", page, StringComparison.Ordinal);
        Assert.Single(pdf.Find(@"/Type/Page\b(?!s)"));
        Assert.Contains("1 0 0 -1 0 140 cm", pdf.StreamText(PdfInspector.Ref(page, "Contents")), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryStream_IsFlateCompressed_WithTheLengthItDeclares()
    {
        var pdf = new PdfInspector(PdfRenderer.Render(SvgRendererTests.Primitives()));
        var streams = Enumerable.Range(1, pdf.ObjectCount).Where(pdf.IsStream).ToList();
        foreach (var n in streams)
        {
            Assert.NotEmpty(pdf.Stream(n)); // checks /Length, the zlib header and the Adler-32 of each
        }

        // Content, metadata, and per face (regular, bold, italic): program, CIDToGIDMap, ToUnicode.
        Assert.Equal(2 + 3 * 3, streams.Count);
    }

    [Fact]
    public void EachFaceUsed_IsEmbeddedAsACidTrueTypeSubset_WithWidthsAndAToUnicodeMap()
    {
        var pdf = new PdfInspector(PdfRenderer.Render(SvgRendererTests.Primitives()));
        var fonts = pdf.Find("/Subtype/Type0");
        Assert.Equal(3, fonts.Count); // regular, bold ("middle"), italic ("end")
        var names = new List<string>();
        foreach (var type0 in fonts)
        {
            var font = pdf.Object(type0);
            Assert.Contains("/Encoding/Identity-H", font, StringComparison.Ordinal);
            var baseFont = PdfInspector.Entry(font, "BaseFont");
            Assert.Matches(@"^/[A-Z]{6}\+LiberationSans-(Regular|Bold|Italic)$", baseFont);
            names.Add(baseFont[8..]);
            var cidFont = pdf.Object(PdfInspector.Ref(font, "DescendantFonts\\["));
            Assert.Contains("/Subtype/CIDFontType2", cidFont, StringComparison.Ordinal);
            Assert.Contains("/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>", cidFont, StringComparison.Ordinal);
            Assert.Equal(baseFont, PdfInspector.Entry(cidFont, "BaseFont"));
            var descriptor = pdf.Object(PdfInspector.Ref(cidFont, "FontDescriptor"));
            Assert.Equal(baseFont, PdfInspector.Entry(descriptor, "FontName"));
            var fontFile = PdfInspector.Ref(descriptor, "FontFile2");
            var program = pdf.Stream(fontFile);
            Assert.Equal(program.Length, int.Parse(PdfInspector.Entry(pdf.Object(fontFile), "Length1"), CultureInfo.InvariantCulture));
            Assert.Equal([0, 1, 0, 0], program[..4]);
            Assert.True(program.Length < 40_000, $"the subset of {baseFont} is {program.Length} bytes");
            Assert.Contains("beginbfchar", pdf.StreamText(PdfInspector.Ref(font, "ToUnicode")), StringComparison.Ordinal);
        }

        Assert.Equal<string>(["LiberationSans-Bold", "LiberationSans-Italic", "LiberationSans-Regular"], names.Order());
    }

    /// <summary>The PDF advances every glyph by the width the layout measured, so anchors and boxes hold.</summary>
    [Fact]
    public void Widths_AreTheLayoutMetrics_AndEveryCodeIsMappedToItsCharacter()
    {
        const string Text = "Schünemann (2019): τ² = 0.12, I² ≥ 50 % – ΔE 中";
        var canvas = new Canvas(300, 30);
        canvas.Text(Text, 5, 20, new TextStyle(10));
        var pdf = new PdfInspector(PdfRenderer.Render(canvas.ToScene()));
        var font = FontOf(pdf, pdf.Find("/Subtype/Type0").Single());
        var metrics = EmbeddedFonts.GetMetrics(false, false);

        var distinct = Text.EnumerateRunes().Select(r => r.Value).Distinct().ToList();
        Assert.Equal(distinct.Count, font.Characters.Count);
        foreach (var (code, character) in font.Characters)
        {
            Assert.Equal(metrics.Advance(character) * 1000.0 / 2048, font.Widths[code], 3);
        }

        // The page's text decodes back to the string through the ToUnicode map.
        var shown = TextOperators().Matches(pdf.StreamText(PdfInspector.Ref(pdf.Object(pdf.Find("/Type/Page/").Single()), "Contents"))).Single();
        var codes = Convert.FromHexString(shown.Groups[1].Value);
        var decoded = string.Concat(Enumerable.Range(0, codes.Length / 2).Select(i => char.ConvertFromUtf32(font.Characters[codes[2 * i] << 8 | codes[2 * i + 1]])));
        Assert.Equal(Text, decoded);
    }

    [Fact]
    public void MissingCharacter_ShowsTheNotdefGlyph_ButKeepsItsOneEmAdvance_AndCopiesAsItself()
    {
        var canvas = new Canvas(100, 30);
        canvas.Text("a中", 5, 20, new TextStyle(10));
        var pdf = new PdfInspector(PdfRenderer.Render(canvas.ToScene()));
        var font = FontOf(pdf, pdf.Find("/Subtype/Type0").Single());
        var code = font.Characters.Single(kv => kv.Value == '中').Key;
        Assert.Equal(0, font.Glyphs[code]);
        Assert.NotEqual(0, font.Glyphs[font.Characters.Single(kv => kv.Value == 'a').Key]);
        Assert.Equal(1000, font.Widths[code], 9);
    }

    [Fact]
    public void SameScene_GivesTheSameBytes_AndAnotherSceneAnotherId()
    {
        var scene = SvgRendererTests.Primitives();
        var first = PdfRenderer.Render(scene);
        Assert.Equal(first, PdfRenderer.Render(scene));
        var other = PdfRenderer.Render(scene with { Title = "Other" });
        Assert.NotEqual(new PdfInspector(first).Trailer, new PdfInspector(other).Trailer);
    }

    [Fact]
    public void Metadata_CarriesTheTitleAndDescription_ButNoDates()
    {
        var pdf = new PdfInspector(PdfRenderer.Render(SvgRendererTests.Primitives()));
        var info = pdf.Object(PdfInspector.Ref(pdf.Trailer, "Info"));
        Assert.Equal("<</Title(Drawing primitives)/Subject(One of each element the scene supports.)/Creator(MetaReview)/Producer(MetaReview)>>", info);
        var catalog = pdf.Object(PdfInspector.Ref(pdf.Trailer, "Root"));
        Assert.Contains("/ViewerPreferences<</DisplayDocTitle true>>", catalog, StringComparison.Ordinal);
        var xmp = Encoding.UTF8.GetString(pdf.Stream(PdfInspector.Ref(catalog, "Metadata")));
        Assert.Contains("<rdf:li xml:lang=\"x-default\">Drawing primitives</rdf:li>", xmp, StringComparison.Ordinal);
        Assert.DoesNotContain("/CreationDate", pdf.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("/ModDate", pdf.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Date", xmp, StringComparison.Ordinal);
    }

    [Fact]
    public void Title_WithParenthesesAndBackslashes_IsEscaped_AndOtherScriptsAreUtf16()
    {
        var ascii = new PdfInspector(PdfRenderer.Render(new Canvas(10, 10).ToScene(@"Smith (2001) \ Jones) ((")));
        Assert.Contains(@"/Title(Smith \(2001\) \\ Jones\) \(\()", ascii.Object(PdfInspector.Ref(ascii.Trailer, "Info")), StringComparison.Ordinal);

        var greek = new PdfInspector(PdfRenderer.Render(new Canvas(10, 10).ToScene("τ² <b>")));
        Assert.Contains("/Title<FEFF03C400B20020003C0062003E>", greek.Object(PdfInspector.Ref(greek.Trailer, "Info")), StringComparison.Ordinal);
        var xmp = Encoding.UTF8.GetString(greek.Stream(PdfInspector.Ref(greek.Object(PdfInspector.Ref(greek.Trailer, "Root")), "Metadata")));
        Assert.Contains(">τ² &lt;b&gt;</rdf:li>", xmp, StringComparison.Ordinal);
    }

    [Fact]
    public void Opacity_OfAFillIsAnAlphaConstant_OfAGroupATransparencyGroup()
    {
        var canvas = new Canvas(100, 100);
        canvas.Add(new RectangleElement { Bounds = new Rect(10, 10, 20, 20), Fill = Color.Black, Opacity = 0.5 });
        canvas.Add(new GroupElement
        {
            Opacity = 0.25,
            Children = [new CircleElement { Center = new Point(50, 50), Radius = 10, Fill = Color.White, Stroke = new Stroke(Color.Black) }],
        });
        var pdf = new PdfInspector(PdfRenderer.Render(canvas.ToScene()));
        var page = pdf.Object(pdf.Find("/Type/Page/").Single());
        Assert.Contains("/Group<</Type/Group/S/Transparency/CS/DeviceRGB>>", page, StringComparison.Ordinal);
        var resources = pdf.Object(PdfInspector.Ref(page, "Resources"));
        Assert.Contains("/ExtGState<</GS1<</Type/ExtGState/CA 0.5/ca 0.5>>/GS2<</Type/ExtGState/CA 0.25/ca 0.25>>>>", resources, StringComparison.Ordinal);
        var form = PdfInspector.Ref(resources, "X1");
        Assert.Contains("/Subtype/Form/BBox[0 0 100 100]/Group<</Type/Group/S/Transparency>>", pdf.Object(form), StringComparison.Ordinal);
        Assert.EndsWith("B\nQ\n", pdf.StreamText(form), StringComparison.Ordinal); // the circle, filled and stroked inside the group
        var content = pdf.StreamText(PdfInspector.Ref(page, "Contents"));
        Assert.Contains("q\n/GS2 gs\n/X1 Do\nQ\n", content, StringComparison.Ordinal);
    }

    [Fact]
    public void Strokes_CarryWidthCapJoinAndDashes_AndMiterLimitIsSvgs()
    {
        var canvas = new Canvas(100, 100);
        canvas.Line(0, 0, 10, 10, new Stroke(Color.FromHex("#0072b2"), 1.5).Dashed(4, 2, 1));
        canvas.Polyline([new Point(0, 0), new Point(5, 5), new Point(10, 0)], new Stroke(Color.Black) { Cap = LineCap.Round, Join = LineJoin.Bevel });
        var pdf = new PdfInspector(PdfRenderer.Render(canvas.ToScene()));
        var content = pdf.StreamText(PdfInspector.Ref(pdf.Object(pdf.Find("/Type/Page/").Single()), "Contents"));
        Assert.Contains("4 M\n", content, StringComparison.Ordinal);
        Assert.Contains("0 0.447059 0.698039 RG\n1.5 w\n0 J 0 j\n[4 2 1 4 2 1] 0 d\n0 0 m\n10 10 l\nS\n", content, StringComparison.Ordinal);
        Assert.Contains("0 0 0 RG\n1 w\n1 J 2 j\n0 0 m\n5 5 l\n10 0 l\nS\n", content, StringComparison.Ordinal);
    }

    [Fact]
    public void NonFiniteCoordinate_IsRefused()
    {
        var canvas = new Canvas(10, 10);
        canvas.Line(0, 0, double.NaN, 1, new Stroke(Color.Black));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => PdfRenderer.Render(canvas.ToScene()));
        Assert.Contains("not finite", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_AndExporter_WriteTheSameFile()
    {
        var scene = SvgRendererTests.Primitives();
        var dir = Directory.CreateTempSubdirectory("metareview-pdf-");
        try
        {
            var result = PlotExporter.Export(scene, dir.FullName, "primitives", [PlotFormat.Pdf]);
            Assert.Empty(result.Notes);
            Assert.Equal(PdfRenderer.Render(scene), File.ReadAllBytes(Assert.Single(result.Files)));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>A Type0 font read back: code → character (ToUnicode), width (W) and glyph (CIDToGIDMap).</summary>
    private static (Dictionary<int, int> Characters, Dictionary<int, double> Widths, Dictionary<int, int> Glyphs) FontOf(PdfInspector pdf, int type0)
    {
        var font = pdf.Object(type0);
        var cmap = pdf.StreamText(PdfInspector.Ref(font, "ToUnicode"));
        var characters = BfChar().Matches(cmap[cmap.IndexOf("endcodespacerange", StringComparison.Ordinal)..]).ToDictionary(
            m => Convert.ToInt32(m.Groups[1].Value, 16),
            m => char.ConvertToUtf32(Encoding.BigEndianUnicode.GetString(Convert.FromHexString(m.Groups[2].Value)), 0));
        var cidFont = pdf.Object(PdfInspector.Ref(font, "DescendantFonts\\["));
        var w = Regex.Match(cidFont, @"/W\[1\[([^\]]*)\]\]");
        Assert.True(w.Success, $"expected one run of widths from code 1 in {cidFont}");
        var widths = w.Groups[1].Value.Split(' ').Select((v, i) => (Code: i + 1, Width: double.Parse(v, CultureInfo.InvariantCulture))).ToDictionary(p => p.Code, p => p.Width);
        var map = pdf.Stream(PdfInspector.Ref(cidFont, "CIDToGIDMap"));
        var glyphs = Enumerable.Range(0, map.Length / 2).ToDictionary(c => c, c => map[2 * c] << 8 | map[2 * c + 1]);
        Assert.Equal(characters.Keys.Order(), widths.Keys.Order());
        Assert.Equal(characters.Count + 1, glyphs.Count);
        return (characters, widths, glyphs);
    }

    [GeneratedRegex("<([0-9A-F]{4})> <([0-9A-F]+)>")]
    private static partial Regex BfChar();

    [GeneratedRegex(@"Tm <([0-9A-F]*)> Tj")]
    private static partial Regex TextOperators();
}
