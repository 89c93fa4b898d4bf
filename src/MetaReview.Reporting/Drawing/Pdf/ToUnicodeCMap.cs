using System.Globalization;
using System.Text;

namespace MetaReview.Reporting.Drawing.Pdf;

/// <summary>
/// The ToUnicode CMap of a font (ISO 32000-1:2008, 9.10.3; Adobe Technical Note #5411): which character each
/// two-byte code stands for, so that viewers can search and copy the text.
/// </summary>
internal static class ToUnicodeCMap
{
    // A bfchar block may hold at most 100 mappings (PostScript implementation limit, Technical Note #5411).
    private const int BlockSize = 100;

    /// <summary>The CMap program mapping code i + 1 to <paramref name="codePoints"/>[i] (UTF-16BE, surrogate pairs beyond the BMP).</summary>
    public static string Create(IReadOnlyList<int> codePoints)
    {
        ArgumentNullException.ThrowIfNull(codePoints);
        var sb = new StringBuilder();
        sb.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
            .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (var first = 0; first < codePoints.Count; first += BlockSize)
        {
            var count = Math.Min(BlockSize, codePoints.Count - first);
            sb.Append(count.ToString(CultureInfo.InvariantCulture)).Append(" beginbfchar\n");
            for (var i = first; i < first + count; i++)
            {
                var utf16 = Encoding.BigEndianUnicode.GetBytes(char.ConvertFromUtf32(codePoints[i]));
                sb.Append('<').Append((i + 1).ToString("X4", CultureInfo.InvariantCulture)).Append("> <")
                    .Append(Convert.ToHexString(utf16)).Append(">\n");
            }

            sb.Append("endbfchar\n");
        }

        sb.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return sb.ToString();
    }
}
