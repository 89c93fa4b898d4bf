using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using MetaReview.Reporting.Drawing.Rendering;

namespace MetaReview.Reporting.Tests.Drawing;

public partial class PdfRendererTests
{
    [Fact]
    public void Pdf_StartsWithHeader_EmbedsLiberationSans_AndIsOnePageOfTheSceneSize()
    {
        var pdf = PdfRenderer.Render(SvgRendererTests.Primitives());
        var text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-1.", text, StringComparison.Ordinal);
        Assert.EndsWith("%%EOF\n", text, StringComparison.Ordinal);
        Assert.Contains("/FontFile2", text, StringComparison.Ordinal);
        Assert.Matches(@"/BaseFont/[A-Z]{6}\+Liberation#20Sans", text);
        Assert.Contains("/MediaBox[0 0 320 140]", text.Replace(" ]", "]", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(text, @"/Type\s*/Page(?!s)"));
    }

    /// <summary>PDFsharp 6.5 on .NET 10 leaves Flate streams unterminated; the post-processor must fix every one.</summary>
    [Fact]
    public void EveryFlateStream_IsCompleteWithItsAdlerChecksum()
    {
        var text = Encoding.Latin1.GetString(PdfRenderer.Render(SvgRendererTests.Primitives()));
        var streams = 0;
        foreach (Match m in StreamPattern().Matches(text))
        {
            var length = int.Parse(m.Groups["len"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var data = Encoding.Latin1.GetBytes(text.Substring(m.Index + m.Length, length));
            Assert.Equal("\nendstream", text.Substring(m.Index + m.Length + length, 10));
            if (!m.Value.Contains("FlateDecode", StringComparison.Ordinal))
            {
                continue;
            }

            streams++;
            using var inflater = new DeflateStream(new MemoryStream(data, 2, data.Length - 6), CompressionMode.Decompress);
            using var content = new MemoryStream();
            inflater.CopyTo(content);
            Assert.Equal(Adler32(content.ToArray()), System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(data.Length - 4)));
        }

        Assert.True(streams >= 3, $"expected the content, font and ToUnicode streams to be compressed, found {streams}");
    }

    [Fact]
    public void SameScene_GivesTheSameBytes()
    {
        var scene = SvgRendererTests.Primitives();
        Assert.Equal(PdfRenderer.Render(scene), PdfRenderer.Render(scene));
    }

    [Fact]
    public void Metadata_CarriesTheTitle_ButNoDates()
    {
        var text = Encoding.Latin1.GetString(PdfRenderer.Render(SvgRendererTests.Primitives()));
        Assert.Contains("/Title(Drawing primitives)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/CreationDate", text, StringComparison.Ordinal);
        Assert.DoesNotContain("xmp:CreateDate", text, StringComparison.Ordinal);
    }

    private static uint Adler32(byte[] data)
    {
        uint a = 1, b = 0;
        foreach (var d in data)
        {
            a = (a + d) % 65521;
            b = (b + a) % 65521;
        }

        return (b << 16) | a;
    }

    [GeneratedRegex(@"<<(?:(?!>>\s*stream).)*?/Length (?<len>\d+)(?:(?!stream).)*?>>\s*stream\n", RegexOptions.Singleline)]
    private static partial Regex StreamPattern();
}
