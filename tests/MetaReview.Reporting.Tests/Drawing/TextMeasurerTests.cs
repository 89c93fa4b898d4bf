using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Fonts;
using MetaReview.Reporting.Drawing.Layout;
using PdfSharp.Drawing;

namespace MetaReview.Reporting.Tests.Drawing;

/// <summary>
/// Text measurement from the Liberation Sans metrics tables. Liberation Sans is metric-compatible with
/// Arial, whose advance widths (per 2048 units) are H 1479, e 1139, l 455, o 1139 (Regular) and
/// H 1479, e 1139, l 569, o 1251 (Bold).
/// </summary>
public class TextMeasurerTests
{
    private static readonly TextMeasurer M = TextMeasurer.Default;

    [Fact]
    public void Width_Hello_IsSumOfArialAdvances()
    {
        Assert.Equal((1479 + 1139 + 455 + 455 + 1139) * 10.0 / 2048, M.Width("Hello", new TextStyle(10)), 12);
        Assert.Equal((1479 + 1139 + 569 + 569 + 1251) * 10.0 / 2048, M.Width("Hello", new TextStyle(10, bold: true)), 12);
    }

    [Fact]
    public void Width_MissingGlyph_CountsOneEm()
    {
        Assert.False(EmbeddedFonts.GetMetrics(false, false).HasGlyph('中'));
        Assert.Equal(10.0, M.Width("中", new TextStyle(10)), 12);
        Assert.Equal(20.0, M.Width("😀😀", new TextStyle(10)), 12);
    }

    [Fact]
    public void VerticalMetrics_AreLiberationSansHhea()
    {
        var style = new TextStyle(20);
        Assert.Equal(1854 * 20.0 / 2048, M.Ascent(style), 12);
        Assert.Equal(434 * 20.0 / 2048, M.Descent(style), 12);
        Assert.Equal(1409 * 20.0 / 2048, M.CapHeight(style), 12);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void MetricsTable_BelongsToTheEmbeddedFont(bool bold, bool italic)
    {
        var metrics = EmbeddedFonts.GetMetrics(bold, italic);
        var font = EmbeddedFonts.GetFontFile(bold, italic).ToArray();
        Assert.Equal(metrics.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(font)));
        Assert.Equal(EmbeddedFonts.FaceName(bold, italic) + ".ttf", metrics.SourceFile);
        Assert.Equal("Liberation Sans", metrics.Family);
    }

    /// <summary>PDFsharp reads the same TrueType file with its own parser: an independent check of the generated table.</summary>
    [Theory]
    [InlineData("Schünemann 2019, “Ωμέγα” – 0.75 [0.61, 0.92]", false, false)]
    [InlineData("Records identified from: Databases (n = 1,234)", true, false)]
    [InlineData("Dal Bello-Haas 2007 (adjusted for baseline)", false, true)]
    [InlineData("ÆØÅ æøå ß Ł ł Ž ž ё Ж", true, true)]
    public void Width_AgreesWithPdfSharp(string text, bool bold, bool italic)
    {
        MetaReview.Reporting.Drawing.Rendering.PdfRenderer.Render(new Scene(10, 10)); // installs the font resolver
        var style = bold && italic ? XFontStyleEx.BoldItalic : bold ? XFontStyleEx.Bold : italic ? XFontStyleEx.Italic : XFontStyleEx.Regular;
        var font = new XFont(EmbeddedFonts.FamilyName, 12, style, new XPdfFontOptions(PdfSharp.Pdf.PdfFontEncoding.Unicode));
        using var gfx = XGraphics.CreateMeasureContext(new XSize(1000, 1000), XGraphicsUnit.Point, XPageDirection.Downwards);
        var pdfsharp = gfx.MeasureString(text, font).Width;
        Assert.Equal(pdfsharp, M.Width(text, new TextStyle(12, bold, italic)), 6);
    }

    [Fact]
    public void Wrap_KeepsEveryLineWithinTheWidthAndEveryWord()
    {
        var style = new TextStyle(9);
        const string text = "Reports excluded because the intervention was not exercise or the comparator was another exercise programme";
        var lines = M.Wrap(text, style, 120);
        Assert.True(lines.Length > 1);
        Assert.All(lines, l => Assert.True(M.Width(l, style) <= 120, $"'{l}' is {M.Width(l, style)} pt wide"));
        Assert.Equal(text, string.Join(' ', lines));
    }

    [Fact]
    public void Wrap_BreaksAWordLongerThanTheWidth()
    {
        var style = new TextStyle(9);
        var lines = M.Wrap("Pneumonoultramicroscopicsilicovolcanoconiosis", style, 60);
        Assert.True(lines.Length >= 3);
        Assert.All(lines, l => Assert.True(M.Width(l, style) <= 60));
        Assert.Equal("Pneumonoultramicroscopicsilicovolcanoconiosis", string.Concat(lines));
    }

    [Fact]
    public void Wrap_BreaksAfterHyphensBeforeBreakingInsideParts()
    {
        var style = new TextStyle(9);
        var lines = M.Wrap("Schünemann-Papadopoulou-Vandenbroucke", style, M.Width("Papadopoulou-Vande", style));
        Assert.Equal<string>(["Schünemann-", "Papadopoulou-", "Vandenbroucke"], lines);
    }

    [Fact]
    public void Wrap_HonoursLineBreaksAndNoBreakSpaces()
    {
        var lines = M.Wrap("Records screened\n(n\u00A0=\u00A0139)", new TextStyle(9), 500);
        Assert.Equal<string>(["Records screened", "(n\u00A0=\u00A0139)"], lines);
    }

    [Fact]
    public void Bounds_FollowAnchorBaselineAndRotation()
    {
        var style = new TextStyle(10);
        var width = M.Width("Identification", style);
        var end = new TextElement { Text = "Identification", Position = new Point(100, 50), Style = style, Anchor = TextAnchor.End };
        var box = M.Bounds(end);
        Assert.Equal(100 - width, box.Left, 9);
        Assert.Equal(50 - M.Ascent(style), box.Top, 9);
        Assert.Equal(50 + M.Descent(style), box.Bottom, 9);

        // Rotated −90° about its centre, the text runs upwards: the box is tall and narrow.
        var rotated = end with { Anchor = TextAnchor.Middle, Baseline = TextBaseline.Middle, Rotation = -90 };
        var r = M.Bounds(rotated);
        Assert.Equal(width, r.Height, 9);
        Assert.Equal(M.Ascent(style) + M.Descent(style), r.Width, 9);
        Assert.Equal(50, r.Center.Y, 9);
    }

    [Fact]
    public void Measures_WhatIsDrawn_ControlCharactersAsSpaces()
    {
        var style = new TextStyle(10);
        Assert.Equal(M.Width("a b", style), M.Width("a\u0001b", style), 12);
    }
}
