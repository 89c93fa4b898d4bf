using System.Text;

namespace MetaReview.Review.RevMan.Internal;

/// <summary>
/// Turns the bytes of a RevMan file into text with the encoding the file declares (XML) or carries (CSV), reporting
/// bytes that do not fit it.
/// </summary>
internal static class TextDecoding
{
    /// <summary>
    /// Windows-1252: what "ISO-8859-1" means in practice (the WHATWG Encoding Standard maps the label to it), so
    /// RevMan files with typographic quotes or dashes in 0x80–0x9F decode to those characters, not to control codes.
    /// </summary>
    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("The Windows-1252 code page is not available.");

    /// <summary>Strict UTF-8 (throws on invalid bytes, so they can be located).</summary>
    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The encoding named in an XML declaration (<c>encoding="…"</c>) at the start of the bytes, or null.</summary>
    public static string? DeclaredXmlEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 512)];
        if (head.Length >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
        {
            head = head[3..];
        }

        var text = Encoding.ASCII.GetString(head);
        if (!text.StartsWith("<?xml", StringComparison.Ordinal))
        {
            return null;
        }

        var end = text.IndexOf("?>", StringComparison.Ordinal);
        var declaration = end < 0 ? text : text[..end];
        var at = declaration.IndexOf("encoding", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var rest = declaration[(at + "encoding".Length)..].TrimStart().TrimStart('=').TrimStart();
        if (rest.Length == 0 || (rest[0] != '"' && rest[0] != '\''))
        {
            return null;
        }

        var close = rest.IndexOf(rest[0], 1);
        return close < 0 ? null : rest[1..close];
    }

    /// <summary>The encoding for a declared name: the ISO-8859-1 family as Windows-1252; null when unknown.</summary>
    public static Encoding? ForName(string name)
    {
        var key = name.Trim().ToUpperInvariant().Replace("_", "-", StringComparison.Ordinal);
        switch (key)
        {
            case "ISO-8859-1" or "ISO8859-1" or "LATIN1" or "LATIN-1" or "L1" or "WINDOWS-1252" or "CP1252" or "US-ASCII" or "ASCII":
                return Windows1252;
            case "UTF-8" or "UTF8":
                return StrictUtf8;
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name);
        }
    }

    /// <summary>
    /// Decodes with the given encoding. Bytes invalid in it (only strict UTF-8 can meet them) are replaced by U+FFFD
    /// and the first one is returned as a byte offset, with its line and column.
    /// </summary>
    public static string Decode(byte[] bytes, Encoding encoding, out (long Offset, int Line, int Column)? firstInvalid)
    {
        firstInvalid = null;
        var skip = Preamble(bytes, encoding);
        if (encoding is UTF8Encoding && FirstInvalidUtf8(bytes, skip) is { } offset)
        {
            firstInvalid = (offset, LineOf(bytes, offset), ColumnOf(bytes, offset));
            return Encoding.UTF8.GetString(bytes, skip, bytes.Length - skip);
        }

        return encoding.GetString(bytes, skip, bytes.Length - skip);
    }

    /// <summary>
    /// Decodes a CSV file: by its byte order mark if it has one, else as UTF-8 if every byte fits, else as
    /// Windows-1252 (RevMan 5 on Windows). Says which it used.
    /// </summary>
    public static string DecodeCsv(byte[] bytes, out string encodingName, out bool guessed)
    {
        guessed = false;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            encodingName = "UTF-8";
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            encodingName = "UTF-16";
            var e = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return e.GetString(bytes, 2, bytes.Length - 2);
        }

        if (FirstInvalidUtf8(bytes, 0) is null)
        {
            encodingName = "UTF-8";
            return Encoding.UTF8.GetString(bytes);
        }

        encodingName = "Windows-1252";
        guessed = true;
        return Windows1252.GetString(bytes);
    }

    private static int Preamble(byte[] bytes, Encoding encoding)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF && encoding is UTF8Encoding)
        {
            return 3;
        }

        return 0;
    }

    private static long? FirstInvalidUtf8(byte[] bytes, int start)
    {
        var span = bytes.AsSpan(start);
        var offset = 0;
        while (offset < span.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(span[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return start + offset;
            }

            offset += consumed;
        }

        return null;
    }

    private static int LineOf(byte[] bytes, long offset)
    {
        var line = 1;
        for (long i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
            }
        }

        return line;
    }

    private static int ColumnOf(byte[] bytes, long offset)
    {
        var i = offset - 1;
        while (i >= 0 && bytes[i] != (byte)'\n')
        {
            i--;
        }

        return (int)(offset - i);
    }
}
