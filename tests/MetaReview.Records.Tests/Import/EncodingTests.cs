using System.Text;

namespace MetaReview.Records.Tests.Import;

/// <summary>Encodings: byte-order marks, UTF-16 without one, and the Windows-1252 fallback.</summary>
public class EncodingTests
{
    private const string Ris = "TY  - JOUR\nAU  - Lüscher, Thomas F.\nTI  - Cocoa and Cardiovascular Health\nER  - \n";

    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static ImportResult Import(byte[] bytes, ImportOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        return RecordImporter.Import(stream, "export.ris", options);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    [InlineData("utf-16le")]
    public void UnicodeEncodings_Detected(string name)
    {
        byte[] bytes = name switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Ris)],
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Ris)],
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Ris)],
            _ => Encoding.Unicode.GetBytes(Ris),
        };
        var r = Import(bytes);
        Assert.Empty(r.Problems);
        Assert.Equal("Lüscher, Thomas F.", Assert.Single(r.Records).Authors[0]);
    }

    [Fact]
    public void Windows1252_FallbackWithWarning()
    {
        var r = Import(Encoding.GetEncoding(1252).GetBytes(Ris));
        Assert.Equal("Lüscher, Thomas F.", Assert.Single(r.Records).Authors[0]);
        Assert.Equal(
            "export.ris: warning: the file is not valid UTF-8; read as windows-1252. If characters look wrong, give the file's encoding explicitly",
            Assert.Single(r.Problems).ToString());
    }

    [Fact]
    public void ExplicitEncoding_Used_AndUnreadableBytesPlaced()
    {
        var r = Import(Encoding.GetEncoding(1252).GetBytes(Ris), new ImportOptions { Encoding = new UTF8Encoding(false) });
        Assert.Equal("L\uFFFDscher, Thomas F.", Assert.Single(r.Records).Authors[0]);
        var warning = Assert.Single(r.Problems);
        Assert.Equal(2, warning.Line);
        Assert.StartsWith("the line contains bytes that are not valid in the file's encoding", warning.Message, StringComparison.Ordinal);
    }
}
