using System.Buffers.Binary;
using System.Text;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Layout;
using MetaReview.Reporting.Drawing.Rendering;
using MetaReview.Reporting.Plots.RiskOfBias;
using MetaReview.Reporting.Report.Document;
using MetaReview.Reporting.Report.Writers;
using MetaReview.Reporting.Tests.Plots.RiskOfBias;
using MetaReview.Reporting.Tests.Support;

namespace MetaReview.Reporting.Tests.Report;

/// <summary>
/// How the Word report prints a figure: the SVG as drawn, sized to the page's text area, with a PNG fallback at
/// 150 dpi of that size, or a notice in its place when the figure had to shrink below half its size.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public class WordFigureTests
{
    /// <summary>
    /// Sizes (points) of figures of the reports: the ALSFRS-R forest plot of examples/als-exercise (wider than the text),
    /// a funnel plot (fits), and a forest plot and a RoB 2 traffic light of 200 studies (taller than the page).
    /// </summary>
    [Theory]
    [InlineData(593.46, 299.91, 453.5 / 593.46)]
    [InlineData(380, 370.08, 1)]
    [InlineData(718.89, 2692.19, 640.1 / 2692.19)]
    [InlineData(380, 4750.41, 640.1 / 4750.41)]
    public void Scale_FitsTheTextAreaAndNeverEnlarges(double width, double height, double expected)
    {
        Assert.Equal(453.5, WordFigure.MaxWidthPoints);
        Assert.Equal(640.1, WordFigure.MaxHeightPoints, 1e-9);
        Assert.Equal(expected, WordFigure.Scale(new Scene(width, height)), 1e-12);
    }

    [Fact]
    public void Render_FigureThatFits_IsItsSvgWithA150DpiPngOfThePrintedSize()
    {
        Assert.True(PngRenderer.IsAvailable, PngRenderer.MissingMessage);
        var scene = TrafficLightPlot.Create(RiskOfBiasExamples.Golledge2022Table2);
        var figure = WordFigure.Render(new Figure("rob-golledge2022", "Figure 1. Risk of bias", scene), new());

        Assert.Equal(SvgRenderer.Render(scene), Encoding.UTF8.GetString(figure.Svg));
        Assert.False(figure.FallbackIsNotice);
        var scale = WordFigure.Scale(scene);
        Assert.Equal(scene.Width * scale, figure.Width, 1e-9);
        Assert.Equal(scene.Height * scale, figure.Height, 1e-9);
        var (pixelsWide, pixelsHigh) = PngSize(figure.Fallback);
        Assert.Equal(figure.Width * 150 / 72, pixelsWide, 1.0);
        Assert.Equal(figure.Height * 150 / 72, pixelsHigh, 1.0);
    }

    [Fact]
    public void Render_FigureShrunkBelowHalf_HasTheNoticeAsItsPng()
    {
        Assert.True(PngRenderer.IsAvailable, PngRenderer.MissingMessage);

        // The size of the RoB 2 traffic light of 200 studies: printed at 13% of its size, 51 × 640 pt.
        var scene = new Scene(380, 4750.41);
        var figure = WordFigure.Render(new Figure("rob-200", "Figure 2. Risk of bias", scene), new());

        Assert.True(figure.FallbackIsNotice);
        Assert.Equal(SvgRenderer.Render(scene), Encoding.UTF8.GetString(figure.Svg));
        Assert.Equal(640.1, figure.Height, 1e-9);
        var (pixelsWide, pixelsHigh) = PngSize(figure.Fallback);
        Assert.Equal(380 * 640.1 / 4750.41 * 150 / 72, pixelsWide, 1.0);
        Assert.Equal(640.1 * 150 / 72, pixelsHigh, 1.0);
    }

    [Theory]
    [InlineData(170.92, 640.1, 0)] // a 200-study forest plot: upright
    [InlineData(51.2, 640.1, -90)] // a 200-study traffic light: turned, read bottom to top
    public void Notice_PrintsEveryLineInsideThePanel_TurnedOnlyWhenTooNarrow(double width, double height, double rotation)
    {
        var notice = WordFallbackNotice.Create(width, height);
        var texts = notice.Elements.OfType<TextElement>().ToList();

        Assert.Equal(WordFallbackNotice.Lines, texts.Select(t => t.Text));
        Assert.All(texts, t => Assert.Equal(rotation, t.Rotation));
        Assert.True(texts[0].Style.Bold);
        Assert.All(texts, t => Assert.InRange(t.Style.Size, 7, 10));
        foreach (var text in texts)
        {
            var box = TextMeasurer.Default.Bounds(text);
            Assert.True(box.Left >= 0 && box.Top >= 0 && box.Right <= width && box.Bottom <= height, $"'{text.Text}' at {box} leaves the {width} × {height} pt panel");
        }
    }

    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        return ((int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16)), (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20)));
    }
}
