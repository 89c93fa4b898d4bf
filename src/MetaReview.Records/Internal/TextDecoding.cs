using System.Text;
using System.Text.Unicode;

namespace MetaReview.Records.Internal;

/// <summary>
/// Chooses the text encoding of an export from its first bytes: a byte-order mark (UTF-8, UTF-16LE as
/// Web of Science writes, UTF-16BE), BOM-less UTF-16 (every other byte zero in ASCII text), UTF-8 when
/// the bytes are valid UTF-8, otherwise Windows-1252 (old EndNote and Ovid exports) with a warning.
/// </summary>
internal static class TextDecoding
{
    static TextDecoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static Encoding Detect(ReadOnlySpan<byte> head, bool complete, out bool fellBack)
    {
        fellBack = false;
        if (head.StartsWith("\xEF\xBB\xBF"u8))
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }

        if (head.StartsWith("\xFF\xFE\x00\x00"u8))
        {
            return Encoding.UTF32;
        }

        if (head.StartsWith("\xFF\xFE"u8))
        {
            return Encoding.Unicode;
        }

        if (head.StartsWith("\xFE\xFF"u8))
        {
            return Encoding.BigEndianUnicode;
        }

        if (LooksLikeUtf16(head, out var bigEndian))
        {
            return bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
        }

        // The sample may end inside a multi-byte character: leave its last three bytes out unless it is the whole file.
        var sample = complete || head.Length < 4 ? head : head[..^3];
        if (Utf8.IsValid(sample))
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }

        fellBack = true;
        return Encoding.GetEncoding(1252);
    }

    /// <summary>ASCII text in UTF-16 has a zero in every other byte.</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> head, out bool bigEndian)
    {
        bigEndian = false;
        var n = Math.Min(head.Length, 512) & ~1;
        if (n < 8)
        {
            return false;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < n; i += 2)
        {
            evenZeros += head[i] == 0 ? 1 : 0;
            oddZeros += head[i + 1] == 0 ? 1 : 0;
        }

        var pairs = n / 2;
        if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1)
        {
            return true;
        }

        bigEndian = evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1;
        return bigEndian;
    }
}
