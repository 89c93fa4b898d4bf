using System.Buffers.Binary;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Rendering;
using MetaReview.Reporting.Tests.Support;

namespace MetaReview.Reporting.Tests.Drawing;

[Collection(ProcessEnvironmentCollection.Name)]
public class PngRendererTests
{
    [Fact]
    public void Png_HasTheSizeOfTheSceneAtTheResolution()
    {
        if (!PngRenderer.IsAvailable)
        {
            Assert.Fail($"rsvg-convert is not installed here; the PNG tests need it (tools/test.sh installs librsvg2-bin). {PngRenderer.MissingMessage}");
        }

        var png = PngRenderer.Render(SvgRendererTests.Primitives(), dpi: 144);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal("IHDR", PlotChecks.Ascii(png[12..16], 4));
        Assert.Equal(640u, BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(280u, BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20)));
    }

    [Fact]
    public void MissingRsvgConvert_SaysWhichPackageToInstall_AndTheExporterSkipsThePng()
    {
        var path = Environment.GetEnvironmentVariable("PATH");
        var dir = Directory.CreateTempSubdirectory("metareview-export-");
        try
        {
            Environment.SetEnvironmentVariable("PATH", dir.FullName);
            Assert.False(PngRenderer.IsAvailable);
            var e = Assert.Throws<RendererUnavailableException>(() => PngRenderer.Render(new Scene(10, 10)));
            Assert.Contains("apt-get install librsvg2-bin", e.Message, StringComparison.Ordinal);

            var result = PlotExporter.Export(SvgRendererTests.Primitives(), dir.FullName, "primitives");
            Assert.Equal<string>([Path.Combine(dir.FullName, "primitives.svg"), Path.Combine(dir.FullName, "primitives.pdf")], result.Files);
            Assert.Equal($"primitives.png not written: {PngRenderer.MissingMessage}", Assert.Single(result.Notes));
            Assert.False(File.Exists(Path.Combine(dir.FullName, "primitives.png")));
        }
        finally
        {
            Environment.SetEnvironmentVariable("PATH", path);
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Exporter_WritesAllThreeFormats_WhenRsvgConvertIsThere()
    {
        if (!PngRenderer.IsAvailable)
        {
            Assert.Fail(PngRenderer.MissingMessage);
        }

        var dir = Directory.CreateTempSubdirectory("metareview-export-");
        try
        {
            var result = PlotExporter.Export(SvgRendererTests.Primitives(), dir.FullName, "primitives");
            Assert.Equal<string>(["svg", "pdf", "png"], result.Files.Select(f => Path.GetExtension(f)[1..]));
            Assert.Empty(result.Notes);
            Assert.All(result.Files, f => Assert.True(new FileInfo(f).Length > 100));
            Assert.Empty(dir.GetFiles("*.tmp"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
