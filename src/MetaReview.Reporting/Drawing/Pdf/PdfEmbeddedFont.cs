using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MetaReview.Reporting.Drawing.Fonts;

namespace MetaReview.Reporting.Drawing.Pdf;

/// <summary>
/// One face as a PDF composite font (ISO 32000-1:2008, 9.7): a Type0 font with the Identity-H encoding over a
/// CIDFontType2 whose program (FontFile2) is the TrueType face subset to the glyphs used.
/// </summary>
/// <remarks>
/// Each distinct character the page draws gets its own code (CID 1, 2, ... in order of first use), mapped to
/// its glyph by a CIDToGIDMap stream and to its Unicode value by the ToUnicode CMap. So a character the font
/// lacks still copies as itself although it shows the .notdef box, and its advance is the one em the layout
/// gave it. Widths (W) come from the metrics the layout measured with, so the PDF places every glyph where
/// the layout and the SVG do.
/// </remarks>
internal sealed class PdfEmbeddedFont
{
    private readonly TrueTypeFont _font;
    private readonly FontMetrics _metrics;
    private readonly string _postScriptName;
    private readonly bool _italic;
    private readonly Dictionary<int, int> _codes = [];
    private readonly List<int> _characters = [];

    public PdfEmbeddedFont(string resourceName, int objectNumber, string postScriptName, bool italic, TrueTypeFont font, FontMetrics metrics)
    {
        ResourceName = resourceName;
        ObjectNumber = objectNumber;
        _postScriptName = postScriptName;
        _italic = italic;
        _font = font;
        _metrics = metrics;
    }

    /// <summary>The name of the font in the page's resources ("F1").</summary>
    public string ResourceName { get; }

    /// <summary>The object number of the Type0 font dictionary.</summary>
    public int ObjectNumber { get; }

    /// <summary>The characters encoded so far, in code order (code = index + 1).</summary>
    public IReadOnlyList<int> Characters => _characters;

    /// <summary>The text as a hex string of two-byte codes, assigning codes to characters seen for the first time.</summary>
    public string Encode(string text)
    {
        var sb = new StringBuilder("<");
        foreach (var rune in text.EnumerateRunes())
        {
            if (!_codes.TryGetValue(rune.Value, out var code))
            {
                if (_characters.Count == 0xFFFF)
                {
                    throw new InvalidOperationException($"a page can use at most 65,535 distinct characters of '{_postScriptName}'");
                }

                _characters.Add(rune.Value);
                code = _characters.Count;
                _codes[rune.Value] = code;
            }

            sb.Append(code.ToString("X4", CultureInfo.InvariantCulture));
        }

        return sb.Append('>').ToString();
    }

    /// <summary>Writes the Type0 font, its CIDFont, descriptor, font program, CIDToGIDMap and ToUnicode CMap.</summary>
    public void Write(PdfDocumentWriter doc)
    {
        var glyphs = _characters.Select(_font.GlyphId).ToList();
        var subset = TrueTypeSubsetter.Subset(_font, _characters.Zip(glyphs).ToDictionary(p => p.First, p => p.Second));
        var program = subset.Program;
        var baseFont = PdfSyntax.Name(SubsetTag(program) + "+" + _postScriptName);

        var cidFont = doc.Reserve();
        var descriptor = doc.Reserve();
        var fontFile = doc.Reserve();
        var cidToGid = doc.Reserve();
        var toUnicode = doc.Reserve();
        doc.SetObject(ObjectNumber, $"<</Type/Font/Subtype/Type0/BaseFont{baseFont}/Encoding/Identity-H"
            + $"/DescendantFonts[{PdfDocumentWriter.Ref(cidFont)}]/ToUnicode {PdfDocumentWriter.Ref(toUnicode)}>>");

        // Widths in thousandths of an em, from the layout's metrics; undeclared codes (none) would take DW.
        var widths = string.Join(' ', _characters.Select(c => PdfSyntax.Number(_metrics.Advance(c) * 1000.0 / _metrics.UnitsPerEm)));
        doc.SetObject(cidFont, $"<</Type/Font/Subtype/CIDFontType2/BaseFont{baseFont}"
            + "/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>"
            + $"/FontDescriptor {PdfDocumentWriter.Ref(descriptor)}/DW 1000/W[1[{widths}]]/CIDToGIDMap {PdfDocumentWriter.Ref(cidToGid)}>>");

        doc.SetObject(descriptor, Descriptor(baseFont, fontFile));
        doc.SetStream(fontFile, "/Length1 " + PdfSyntax.Integer(program.Length), program);

        var map = new byte[2 * (glyphs.Count + 1)];
        for (var i = 0; i < glyphs.Count; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(map.AsSpan(2 * (i + 1)), (ushort)subset.Glyphs[glyphs[i]]);
        }

        doc.SetStream(cidToGid, string.Empty, map);
        doc.SetStream(toUnicode, string.Empty, Encoding.ASCII.GetBytes(ToUnicodeCMap.Create(_characters)));
    }

    private string Descriptor(string baseFont, int fontFile)
    {
        string Em(double units) => PdfSyntax.Number(units * 1000.0 / _font.UnitsPerEm, 0);

        // Flags: 32 non-symbolic (Latin text), plus 64 for italic faces (9.8.2, table 123).
        var flags = 32 + (_italic ? 64 : 0);
        // The dominant vertical stem width is not stored in TrueType fonts; this is the usual estimate from the weight class.
        var stemV = 50 + Math.Pow(_font.WeightClass / 65.0, 2);
        return $"<</Type/FontDescriptor/FontName{baseFont}/Flags {flags}"
            + $"/FontBBox[{Em(_font.XMin)} {Em(_font.YMin)} {Em(_font.XMax)} {Em(_font.YMax)}]"
            + $"/ItalicAngle {PdfSyntax.Number(_font.ItalicAngle, 2)}/Ascent {Em(_font.Ascender)}/Descent {Em(_font.Descender)}"
            + $"/CapHeight {Em(_font.CapHeight)}/StemV {PdfSyntax.Number(stemV, 0)}/FontWeight {_font.WeightClass}"
            + $"/FontFile2 {PdfDocumentWriter.Ref(fontFile)}>>";
    }

    /// <summary>
    /// The six capital letters that mark a subset font's name (9.6.4), taken from a hash of the subset so
    /// that the same subset always gets the same tag and different subsets, in all likelihood, different ones.
    /// </summary>
    private static string SubsetTag(byte[] program)
    {
        var hash = SHA256.HashData(program);
        return string.Concat(hash.Take(6).Select(b => (char)('A' + b % 26)));
    }
}
