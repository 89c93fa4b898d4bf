using System.Text;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Rendering;
using MetaReview.Reporting.Plots.Prisma;
using MetaReview.Reporting.Plots.RiskOfBias;
using MetaReview.Reporting.Tests.Plots.Prisma;
using MetaReview.Reporting.Tests.Plots.RiskOfBias;
using MetaReview.Reporting.Tests.Support;

namespace MetaReview.Reporting.Tests.Plots;

/// <summary>Every plot exists in every format, the same every time.</summary>
public class AllPlotsTests
{
    public static TheoryData<string> Plots => [.. Scenes.Keys];

    private static readonly Dictionary<string, Func<Scene>> Scenes = new()
    {
        ["prisma-aeds2025"] = () => PrismaFlowDiagram.Create(PrismaExamples.Aeds2025),
        ["prisma-template"] = () => PrismaFlowDiagram.Create(PrismaExamples.Prisma2020PackageTemplate),
        ["rob2-traffic"] = () => TrafficLightPlot.Create(RiskOfBiasExamples.Pmc10196895Table3),
        ["rob2-summary"] = () => SummaryPlot.Create(RiskOfBiasExamples.Pmc10196895Table3),
        ["rob1-traffic"] = () => TrafficLightPlot.Create(RiskOfBiasExamples.Teirlinck2023Table2),
        ["robins-summary-weighted"] = () => SummaryPlot.Create(RiskOfBiasExamples.RobvisRobinsExample, new RiskOfBiasOptions { Weighted = true }),
    };

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
        Assert.Contains("+Liberation#20Sans", text, StringComparison.Ordinal);
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
}
