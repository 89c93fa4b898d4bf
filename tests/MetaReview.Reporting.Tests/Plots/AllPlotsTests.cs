using System.Text;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Layout;
using MetaReview.Reporting.Drawing.Rendering;
using MetaReview.Reporting.Tests.Support;

namespace MetaReview.Reporting.Tests.Plots;

/// <summary>Every plot exists in every format, the same every time.</summary>
public class AllPlotsTests
{
    public static TheoryData<string> Plots => [.. Scenes.Keys];

    private static IReadOnlyDictionary<string, Func<Scene>> Scenes => ExamplePlots.All;

    [Theory]
    [MemberData(nameof(Plots))]
    public void Svg_IsWellFormedAndDeterministic(string plot)
    {
        var first = SvgRenderer.Render(Scenes[plot]());
        Assert.Equal(first, SvgRenderer.Render(Scenes[plot]()));
        PlotChecks.AssertClean(Scenes[plot]());
    }

    [Theory]
    [MemberData(nameof(Plots))]
    public void Pdf_EmbedsTheFontAndIsDeterministic(string plot)
    {
        var pdf = PdfRenderer.Render(Scenes[plot]());
        var text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        Assert.Contains("/FontFile2", text, StringComparison.Ordinal);
        Assert.Matches(@"/BaseFont/[A-Z]{6}\+LiberationSans-", text);
        Assert.Equal(pdf, PdfRenderer.Render(Scenes[plot]()));
    }

    [Theory]
    [MemberData(nameof(Plots))]
    public void Png_IsRenderedWhenRsvgConvertIsInstalled(string plot)
    {
        if (!PngRenderer.IsAvailable)
        {
            Assert.Fail(PngRenderer.MissingMessage);
        }

        var scene = Scenes[plot]();
        var png = PngRenderer.Render(scene, dpi: 72);
        Assert.Equal("PNG", PlotChecks.Ascii(png[1..4], 3));
        Assert.Equal((uint)Math.Round(scene.Width), System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16)), 1u);
    }

    /// <summary>Every character the plots write has a glyph in the embedded font, so that the PDF shows it too (not only SVG viewers with fallback fonts).</summary>
    [Theory]
    [MemberData(nameof(Plots))]
    public void EveryCharacter_HasAGlyphInTheEmbeddedFont(string plot)
    {
        var missing = SceneText.Boxes(Scenes[plot]())
            .SelectMany(b => b.Text.Text.EnumerateRunes().Where(r => r.Value > 32 && !TextMeasurer.Default.Face(b.Text.Style).HasGlyph(r.Value)).Select(r => $"U+{r.Value:X4} in '{b.Text.Text}'"))
            .Distinct()
            .ToList();
        Assert.Empty(missing);
    }
}
