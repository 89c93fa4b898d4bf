using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace MetaReview.Reporting.Drawing.Rendering;

/// <summary>
/// Rewrites the file PDFsharp 6.5 saves so that it is valid and reproducible:
/// <list type="bullet">
/// <item>PDFsharp 6.5 on .NET 10 ends its Flate streams without the final block and Adler-32 checksum
/// (zlib: "incorrect data check"); every Flate stream is inflated and deflated again properly. A font
/// program's inflated length is checked against its <c>/Length1</c>.</item>
/// <item>Creation and modification dates and XMP document ids are removed, the random subset-font tags
/// ("JBXMUE+") become sequential ones ("MRAAAA+") and the trailer <c>/ID</c> is a hash of the content, so
/// the same scene gives the same bytes.</item>
/// </list>
/// The cross-reference table is rebuilt for the new offsets. It understands the classic, unencrypted
/// layout PDFsharp writes (objects, one xref table, trailer) and throws on anything else.
/// </summary>
internal static partial class PdfPostProcessor
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    public static byte[] Process(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var s = Latin1.GetString(pdf);
        var first = ObjectHeader().Match(s);
        if (!first.Success)
        {
            throw Malformed("no objects");
        }

        var output = new StringBuilder(s.Length);
        output.Append(s, 0, first.Index);
        var offsets = new SortedDictionary<int, int>();
        var subsetTags = new Dictionary<string, string>(StringComparer.Ordinal);
        var position = first.Index;
        while (true)
        {
            var header = ObjectHeader().Match(s, position);
            if (!header.Success || header.Index != SkipWhitespace(s, position))
            {
                break;
            }

            var number = int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture);
            var bodyStart = header.Index + header.Length;
            var (dictEnd, isStream) = ScanObjectBody(s, bodyStart);
            var dictionary = s[bodyStart..dictEnd];
            string? streamData = null;
            int next;
            if (isStream)
            {
                var dataStart = dictEnd + "stream".Length;
                dataStart += s[dataStart] == '\r' ? 2 : 1;
                var length = int.Parse(LengthEntry().Match(dictionary) is { Success: true } m
                    ? m.Groups[1].Value
                    : throw Malformed($"object {number} has a stream without a direct /Length"), CultureInfo.InvariantCulture);
                streamData = s.Substring(dataStart, length);
                var end = s.IndexOf("endobj", dataStart + length, StringComparison.Ordinal);
                next = end + "endobj".Length;
            }
            else
            {
                next = dictEnd + "endobj".Length;
            }

            (dictionary, streamData) = Rewrite(number, dictionary, streamData);
            dictionary = SubsetTag().Replace(dictionary, m =>
            {
                if (!subsetTags.TryGetValue(m.Groups[1].Value, out var tag))
                {
                    var n = subsetTags.Count;
                    tag = "MR" + string.Concat(Enumerable.Range(0, 4).Select(i => (char)('A' + n / (int)Math.Pow(26, 3 - i) % 26)));
                    subsetTags[m.Groups[1].Value] = tag;
                }

                return "/" + tag + "+";
            });
            offsets[number] = output.Length;
            output.Append(number.ToString(CultureInfo.InvariantCulture)).Append(" 0 obj\n").Append(dictionary.Trim());
            if (streamData is not null)
            {
                output.Append("\nstream\n").Append(streamData).Append("\nendstream");
            }

            output.Append("\nendobj\n");
            position = next;
        }

        var trailerAt = s.IndexOf("trailer", position, StringComparison.Ordinal);
        var startXref = s.IndexOf("startxref", trailerAt + 1, StringComparison.Ordinal);
        if (trailerAt < 0 || startXref < 0)
        {
            throw Malformed("no trailer");
        }

        var trailer = s[(trailerAt + "trailer".Length)..startXref];
        var comment = trailer.IndexOf('%', StringComparison.Ordinal);
        if (comment >= 0)
        {
            trailer = trailer[..comment];
        }

        var id = Convert.ToHexString(MD5.HashData(Latin1.GetBytes(output.ToString())));
        trailer = IdEntry().Replace(trailer.Trim(), $"/ID[<{id}><{id}>]");
        var size = offsets.Keys.Max() + 1;
        var xrefAt = output.Length;
        output.Append("xref\n0 ").Append(size.ToString(CultureInfo.InvariantCulture)).Append('\n');
        output.Append("0000000000 65535 f \n");
        for (var n = 1; n < size; n++)
        {
            output.Append(offsets.TryGetValue(n, out var at)
                ? at.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n"
                : "0000000000 00000 f \n");
        }

        output.Append("trailer\n").Append(trailer).Append("\nstartxref\n").Append(xrefAt.ToString(CultureInfo.InvariantCulture)).Append("\n%%EOF\n");
        return Latin1.GetBytes(output.ToString());
    }

    private static (string Dictionary, string? Stream) Rewrite(int number, string dictionary, string? stream)
    {
        dictionary = DateEntry().Replace(dictionary, string.Empty);
        if (stream is null)
        {
            return (dictionary, null);
        }

        if (dictionary.Contains("/Type/Metadata", StringComparison.Ordinal))
        {
            stream = XmpVolatile().Replace(stream, string.Empty);
        }

        if (dictionary.Contains("/FlateDecode", StringComparison.Ordinal))
        {
            var inflated = Inflate(Latin1.GetBytes(stream));
            if (Length1Entry().Match(dictionary) is { Success: true } l1
                && int.Parse(l1.Groups[1].Value, CultureInfo.InvariantCulture) != inflated.Length)
            {
                throw Malformed($"object {number}: the font program inflates to {inflated.Length} bytes, /Length1 says {l1.Groups[1].Value}");
            }

            stream = Latin1.GetString(Deflate(inflated));
        }

        dictionary = LengthEntry().Replace(dictionary, "/Length " + stream.Length.ToString(CultureInfo.InvariantCulture), 1);
        return (dictionary, stream);
    }

    /// <summary>Inflates a zlib stream, tolerating a missing final block and checksum.</summary>
    internal static byte[] Inflate(byte[] zlib)
    {
        using var input = new MemoryStream(zlib, 2, zlib.Length - 2);
        using var deflate = new DeflateStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        deflate.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>Finds where an object's dictionary ends: at the <c>stream</c> or <c>endobj</c> keyword outside strings.</summary>
    private static (int End, bool IsStream) ScanObjectBody(string s, int i)
    {
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '(')
            {
                i = SkipLiteralString(s, i);
                continue;
            }

            if (c == '%')
            {
                i = s.IndexOf('\n', i) is var eol and >= 0 ? eol + 1 : s.Length;
                continue;
            }

            if (c == '<' && i + 1 < s.Length && s[i + 1] != '<')
            {
                i = s.IndexOf('>', i) + 1;
                continue;
            }

            if (string.CompareOrdinal(s, i, "stream", 0, 6) == 0)
            {
                return (i, true);
            }

            if (string.CompareOrdinal(s, i, "endobj", 0, 6) == 0)
            {
                return (i, false);
            }

            i++;
        }

        throw Malformed("an object has no endobj");
    }

    private static int SkipLiteralString(string s, int i)
    {
        var depth = 0;
        for (; i < s.Length; i++)
        {
            switch (s[i])
            {
                case '\\':
                    i++;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    if (--depth == 0)
                    {
                        return i + 1;
                    }

                    break;
            }
        }

        throw Malformed("an unterminated string");
    }

    private static int SkipWhitespace(string s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }

        return i;
    }

    private static InvalidOperationException Malformed(string what) =>
        new($"the PDF that PDFsharp wrote has a layout MetaReview does not understand ({what}); please report it with the PDFsharp version");

    [GeneratedRegex(@"(?m)^(\d+) 0 obj\s*")]
    private static partial Regex ObjectHeader();

    [GeneratedRegex(@"/Length (\d+)(?![\d ]*R)")]
    private static partial Regex LengthEntry();

    [GeneratedRegex(@"/Length1 (\d+)")]
    private static partial Regex Length1Entry();

    [GeneratedRegex(@"/(CreationDate|ModDate)\((?:[^()\\]|\\.)*\)")]
    private static partial Regex DateEntry();

    [GeneratedRegex(@"/([A-Z]{6})\+")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"/ID\s*\[[^\]]*\]")]
    private static partial Regex IdEntry();

    [GeneratedRegex(@"\s*<(xmp:CreateDate|xmp:ModifyDate|xmpMM:DocumentID|xmpMM:InstanceID)>[^<]*</\1>")]
    private static partial Regex XmpVolatile();
}
