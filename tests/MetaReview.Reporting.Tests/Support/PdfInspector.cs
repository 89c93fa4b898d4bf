using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace MetaReview.Reporting.Tests.Support;

/// <summary>
/// A strict reader of the PDF files MetaReview writes, written for the tests from ISO 32000-1:2008 (7.5) and
/// independent of the writer: it finds objects only through the cross-reference table, so a wrong offset,
/// length or trailer fails here, and it checks each Flate stream's zlib header and Adler-32 itself.
/// </summary>
internal sealed partial class PdfInspector
{
    private readonly byte[] _pdf;
    private readonly string _text;
    private readonly long[] _offsets;

    public PdfInspector(byte[] pdf)
    {
        _pdf = pdf;
        _text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-1.7\n%", _text, StringComparison.Ordinal);
        Assert.True(_text[10..14].All(c => c >= 128), "the second line should be a comment of four bytes above 127 (binary marker)");
        Assert.EndsWith("%%EOF\n", _text, StringComparison.Ordinal);

        var startXref = StartXref().Match(_text);
        Assert.True(startXref.Success, "no startxref at the end of the file");
        var xrefAt = int.Parse(startXref.Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.Equal("xref\n", _text.Substring(xrefAt, 5));

        var section = XrefSection().Match(_text, xrefAt + 5);
        Assert.True(section.Success && section.Index == xrefAt + 5, "the xref table should have one section starting at object 0");
        var count = int.Parse(section.Groups[1].Value, CultureInfo.InvariantCulture);
        var entries = section.Index + section.Length;
        _offsets = new long[count];
        for (var n = 0; n < count; n++)
        {
            // Every entry is exactly 20 bytes (7.5.4).
            var entry = _text.Substring(entries + 20 * n, 20);
            Assert.Matches(n == 0 ? @"^0000000000 65535 f[ \r]\n?$" : @"^\d{10} 00000 n( \n|\r\n)$", entry);
            _offsets[n] = long.Parse(entry[..10], CultureInfo.InvariantCulture);
        }

        var trailerAt = entries + 20 * count;
        Assert.Equal("trailer\n", _text.Substring(trailerAt, 8));
        Trailer = _text[(trailerAt + 8)..startXref.Index].Trim();
        Assert.Equal(count, int.Parse(Entry(Trailer, "Size"), CultureInfo.InvariantCulture));
        for (var n = 1; n < count; n++)
        {
            var header = n.ToString(CultureInfo.InvariantCulture) + " 0 obj\n";
            Assert.True(string.CompareOrdinal(_text, (int)_offsets[n], header, 0, header.Length) == 0,
                $"the xref offset {_offsets[n]} of object {n} does not point at '{header.Trim()}'");
        }
    }

    public string Trailer { get; }

    public int ObjectCount => _offsets.Length - 1;

    public string Text => _text;

    /// <summary>The number of the object a reference entry ("/Root 1 0 R") points to.</summary>
    public static int Ref(string dictionary, string key)
    {
        var m = Regex.Match(dictionary, "/" + key + @"\s*(\d+) 0 R");
        Assert.True(m.Success, $"no /{key} reference in {dictionary}");
        return int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>The value of a direct entry (a number or name), e.g. "/Length 12" → "12".</summary>
    public static string Entry(string dictionary, string key)
    {
        var m = Regex.Match(dictionary, "/" + key + @"(?:\s+|(?=/))([^\s/<>\[\]()]+|/[^\s/<>\[\]()]+)");
        Assert.True(m.Success, $"no /{key} entry in {dictionary}");
        return m.Groups[1].Value;
    }

    /// <summary>The object's value: its dictionary for a stream, the whole value otherwise.</summary>
    public string Object(int number)
    {
        var start = Body(number);
        var end = _text.IndexOf("\nendobj\n", start, StringComparison.Ordinal);
        var stream = _text.IndexOf(">>\nstream\n", start, StringComparison.Ordinal);
        return stream >= 0 && stream < end ? _text[start..(stream + 2)] : _text[start..end];
    }

    public bool IsStream(int number)
    {
        var start = Body(number);
        var end = _text.IndexOf("\nendobj\n", start, StringComparison.Ordinal);
        var stream = _text.IndexOf(">>\nstream\n", start, StringComparison.Ordinal);
        return stream >= 0 && stream < end;
    }

    /// <summary>The stream's bytes as stored: exactly /Length bytes, followed by an end of line and "endstream".</summary>
    public byte[] RawStream(int number)
    {
        var dictionary = Object(number);
        var dataAt = Body(number) + dictionary.Length + "\nstream\n".Length;
        var length = int.Parse(Entry(dictionary, "Length"), CultureInfo.InvariantCulture);
        Assert.Equal("\nendstream\nendobj\n", _text.Substring(dataAt + length, 18));
        return _pdf[dataAt..(dataAt + length)];
    }

    /// <summary>The stream decoded: every stream MetaReview writes is Flate-compressed with a valid zlib header and Adler-32.</summary>
    public byte[] Stream(int number)
    {
        var dictionary = Object(number);
        Assert.Equal("/FlateDecode", Entry(dictionary, "Filter"));
        var raw = RawStream(number);
        Assert.True(raw.Length >= 6, $"object {number}: a zlib stream has at least 6 bytes");
        Assert.Equal(8, raw[0] & 0x0F); // deflate
        Assert.Equal(0, (raw[0] << 8 | raw[1]) % 31);
        using var inflater = new DeflateStream(new MemoryStream(raw, 2, raw.Length - 6), CompressionMode.Decompress);
        using var content = new MemoryStream();
        inflater.CopyTo(content);
        var data = content.ToArray();
        Assert.Equal(Adler32(data), System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(raw.AsSpan(raw.Length - 4)));
        return data;
    }

    public string StreamText(int number) => Encoding.Latin1.GetString(Stream(number));

    /// <summary>The numbers of the objects whose value matches a pattern, e.g. "/Type/Font".</summary>
    public List<int> Find(string pattern) =>
        [.. Enumerable.Range(1, ObjectCount).Where(n => Regex.IsMatch(Object(n), pattern))];

    private int Body(int number)
    {
        Assert.InRange(number, 1, ObjectCount);
        return (int)_offsets[number] + (number.ToString(CultureInfo.InvariantCulture) + " 0 obj\n").Length;
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

    [GeneratedRegex(@"startxref\n(\d+)\n%%EOF\n$")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"0 (\d+)\n")]
    private static partial Regex XrefSection();
}
