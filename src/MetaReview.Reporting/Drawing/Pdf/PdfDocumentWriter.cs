using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace MetaReview.Reporting.Drawing.Pdf;

/// <summary>
/// Collects the indirect objects of a PDF file and writes them with a header, a cross-reference table and
/// a trailer (ISO 32000-1:2008, 7.5). Objects are numbered in the order they are reserved and written in
/// number order; streams are compressed with FlateDecode. The output has no dates and its file identifier
/// is a hash of the content, so the same objects give the same bytes.
/// </summary>
internal sealed class PdfDocumentWriter
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    // Index = object number; object 0 is the head of the free list.
    private readonly List<byte[]?> _objects = [null];

    /// <summary>Reserves the next object number, for an object that is referred to before it is written.</summary>
    public int Reserve()
    {
        _objects.Add(null);
        return _objects.Count - 1;
    }

    /// <summary>"n 0 R".</summary>
    public static string Ref(int number) => PdfSyntax.Integer(number) + " 0 R";

    /// <summary>Sets a reserved object to a non-stream value such as a dictionary ("&lt;&lt;...&gt;&gt;").</summary>
    public void SetObject(int number, string value) => Set(number, Latin1.GetBytes(value));

    /// <summary>
    /// Sets a reserved object to a stream of <paramref name="data"/>, Flate-compressed; <paramref name="entries"/>
    /// are the dictionary's other entries ("/Type/XObject..."). /Filter and /Length are added here.
    /// </summary>
    public void SetStream(int number, string entries, ReadOnlySpan<byte> data)
    {
        var compressed = Deflate(data);
        var head = Latin1.GetBytes("<<" + entries + "/Filter/FlateDecode/Length " + PdfSyntax.Integer(compressed.Length) + ">>\nstream\n");
        var tail = Latin1.GetBytes("\nendstream");
        Set(number, [.. head, .. compressed, .. tail]);
    }

    /// <summary>The whole file: header, objects, cross-reference table and trailer.</summary>
    public byte[] ToBytes(int catalog, int info)
    {
        var missing = Enumerable.Range(1, _objects.Count - 1).Where(n => _objects[n] is null).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"PDF objects {string.Join(", ", missing)} were reserved but never written");
        }

        using var file = new MemoryStream();
        // A comment of bytes above 127 on the second line marks the file as binary for transfer programs (7.5.2).
        file.Write(Latin1.GetBytes("%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n"));
        var offsets = new long[_objects.Count];
        for (var n = 1; n < _objects.Count; n++)
        {
            offsets[n] = file.Position;
            file.Write(Latin1.GetBytes(PdfSyntax.Integer(n) + " 0 obj\n"));
            file.Write(_objects[n]);
            file.Write(Latin1.GetBytes("\nendobj\n"));
        }

        var id = Convert.ToHexString(SHA256.HashData(file.GetBuffer().AsSpan(0, (int)file.Length))[..16]);
        var xref = new StringBuilder();
        var startXref = file.Position;
        // Each entry is exactly 20 bytes: ten-digit offset, five-digit generation, type, space and "\n" (7.5.4).
        xref.Append("xref\n0 ").Append(PdfSyntax.Integer(_objects.Count)).Append("\n0000000000 65535 f \n");
        for (var n = 1; n < _objects.Count; n++)
        {
            xref.Append(offsets[n].ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        xref.Append("trailer\n<</Size ").Append(PdfSyntax.Integer(_objects.Count))
            .Append("/Root ").Append(Ref(catalog))
            .Append("/Info ").Append(Ref(info))
            .Append("/ID[<").Append(id).Append("><").Append(id).Append(">]>>\n")
            .Append("startxref\n").Append(PdfSyntax.Integer(startXref)).Append("\n%%EOF\n");
        file.Write(Latin1.GetBytes(xref.ToString()));
        return file.ToArray();
    }

    private void Set(int number, byte[] body)
    {
        if (number <= 0 || number >= _objects.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "write only objects that were reserved");
        }

        if (_objects[number] is not null)
        {
            throw new InvalidOperationException($"PDF object {number} is written twice");
        }

        _objects[number] = body;
    }

    private static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }
}
