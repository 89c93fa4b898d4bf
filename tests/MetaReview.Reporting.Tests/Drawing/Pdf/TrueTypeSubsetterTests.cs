using System.Globalization;
using System.Xml.Linq;
using MetaReview.Reporting.Drawing.Pdf;
using MetaReview.Reporting.Tests.Support;

namespace MetaReview.Reporting.Tests.Drawing.Pdf;

/// <summary>
/// The subset font programs, read back by fonttools (ttx) and FreeType (fc-query): independent parsers that
/// must find a valid font with the characters used, their outlines and metrics, and nothing else.
/// </summary>
public class TrueTypeSubsetterTests
{
    // "Å" and "é" are composite glyphs in Liberation Sans (a base letter and an accent).
    private const string Used = "Hello Åé τ²≥–";

    [FactNeedingTools("ttx")]
    public void Subset_KeepsTheCharactersUsed_WithTheOriginalOutlinesAndWidths()
    {
        var font = TrueTypeFont.ForFace(bold: false, italic: false);
        var characters = Used.EnumerateRunes().Select(r => r.Value).Distinct().ToDictionary(c => c, font.GlyphId);
        Assert.All(characters.Values, g => Assert.NotEqual(0, g));
        var composite = characters.Values.Where(g => font.Components(g).Count > 0).ToList();
        Assert.NotEmpty(composite);

        var subset = TrueTypeSubsetter.Subset(font, characters);
        var original = new TtxDump(font.Data.ToArray(), "cmap", "hmtx", "glyf", "maxp");
        var dumped = new TtxDump(subset.Program, "cmap", "hmtx", "glyf", "maxp", "head", "loca", "post", "OS/2", "name");

        // The glyphs used, the components of the composite ones and .notdef are kept, numbered in their original order.
        var kept = characters.Values.Append(0).Concat(composite.SelectMany(font.Components)).Order().Distinct().ToList();
        Assert.Equal(kept, subset.Glyphs.Keys.Order());
        Assert.Equal(Enumerable.Range(0, kept.Count), kept.Select(g => subset.Glyphs[g]));
        Assert.Equal(kept.Count.ToString(CultureInfo.InvariantCulture), dumped.Value("numGlyphs"));

        // The cmap maps exactly the characters used, to their glyphs' new numbers.
        Assert.Equal(characters.Keys.Order(), dumped.Cmap.Keys.Order());
        Assert.All(dumped.Cmap, kv => Assert.Equal(subset.Glyphs[characters[kv.Key]], kv.Value));

        // Each kept glyph has its original outline (components renumbered) and metrics.
        var back = subset.Glyphs.ToDictionary(kv => kv.Value, kv => kv.Key);
        foreach (var glyph in kept)
        {
            Assert.Equal(original.Glyph(glyph), dumped.Glyph(subset.Glyphs[glyph], component => back[component]));
            Assert.Equal(original.Metric(glyph), dumped.Metric(subset.Glyphs[glyph]));
        }

        Assert.True(subset.Program.Length < 12_000, $"the subset is {subset.Program.Length} bytes");
    }

    [FactNeedingTools("fc-query")]
    public void Subset_HasCorrectChecksums_AndFreeTypeReadsItsCharacters()
    {
        var font = TrueTypeFont.ForFace(bold: true, italic: true);
        var characters = Used.EnumerateRunes().Select(r => r.Value).Distinct().ToDictionary(c => c, font.GlyphId);
        var subset = TrueTypeSubsetter.Subset(font, characters).Program;

        // The whole file sums to 0xB1B0AFBA (head.checkSumAdjustment), and each table to its directory checksum.
        Assert.Equal(0xB1B0AFBAu, Checksum(subset));
        var tables = System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(subset.AsSpan(4));
        for (var t = 0; t < tables; t++)
        {
            var record = subset.AsSpan(12 + 16 * t);
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            var offset = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            var data = subset.AsSpan(offset, length).ToArray();
            if (tag == "head")
            {
                Array.Clear(data, 8, 4);
            }

            Assert.True(Checksum(data) == System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(record[4..]), $"checksum of '{tag}'");
        }

        var file = TempFile(subset);
        try
        {
            var query = ExternalTool.RunText("fc-query", "--format=%{family}|%{style}|%{charset}\n", file);
            var parts = query.Trim().Split('|');
            Assert.Equal("Liberation Sans", parts[0]);
            Assert.Equal("Bold Italic", parts[1]);
            var charset = parts[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(Range).ToHashSet();
            Assert.Equal(characters.Keys.Order(), charset.Order());
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static IEnumerable<int> Range(string range)
    {
        var ends = range.Split('-').Select(e => int.Parse(e, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
        return Enumerable.Range(ends[0], ends[^1] - ends[0] + 1);
    }

    private static uint Checksum(byte[] data)
    {
        uint sum = 0;
        var padded = new byte[(data.Length + 3) & ~3];
        data.CopyTo(padded, 0);
        for (var i = 0; i < padded.Length; i += 4)
        {
            sum = unchecked(sum + System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(padded.AsSpan(i)));
        }

        return sum;
    }

    private static string TempFile(byte[] font)
    {
        var path = Path.Combine(Path.GetTempPath(), $"metareview-subset-{Guid.NewGuid():N}.ttf");
        File.WriteAllBytes(path, font);
        return path;
    }

    /// <summary>
    /// A font as ttx dumps it, read by glyph number: glyph names differ between a font and its subset (which
    /// has no names in post, so fonttools makes them up) but numbers do not.
    /// </summary>
    private sealed class TtxDump
    {
        private readonly XDocument _dump;
        private readonly Dictionary<string, int> _ids;

        public TtxDump(byte[] font, params string[] tables)
        {
            var file = TempFile(font);
            try
            {
                var arguments = new List<string> { "-q", "-t", "GlyphOrder" };
                foreach (var table in tables)
                {
                    arguments.AddRange(["-t", table.PadRight(4)]);
                }

                arguments.AddRange(["-o", "-", file]);
                _dump = XDocument.Parse(ExternalTool.RunText("ttx", [.. arguments]));
            }
            finally
            {
                File.Delete(file);
            }

            _ids = _dump.Descendants("GlyphID").ToDictionary(g => g.Attribute("name")!.Value, g => int.Parse(g.Attribute("id")!.Value, CultureInfo.InvariantCulture));
            Cmap = _dump.Descendants("cmap_format_4").First(t => t.Attribute("platformID")!.Value == "3").Elements("map")
                .ToDictionary(m => Convert.ToInt32(m.Attribute("code")!.Value, 16), m => _ids[m.Attribute("name")!.Value]);
        }

        /// <summary>Character → glyph number in the Windows Unicode cmap.</summary>
        public Dictionary<int, int> Cmap { get; }

        public string Value(string element) => _dump.Descendants(element).Single().Attribute("value")!.Value;

        /// <summary>The glyph's outline as XML, with components named by number (mapped through <paramref name="component"/>).</summary>
        public string Glyph(int id, Func<int, int>? component = null)
        {
            component ??= c => c;
            var glyph = new XElement(TtGlyph(id));
            glyph.SetAttributeValue("name", null);
            foreach (var reference in glyph.Elements("component"))
            {
                reference.SetAttributeValue("glyphName", component(_ids[reference.Attribute("glyphName")!.Value]));
            }

            return glyph.ToString();
        }

        public string Metric(int id)
        {
            var mtx = _dump.Descendants("mtx").Single(m => _ids[m.Attribute("name")!.Value] == id);
            return $"{mtx.Attribute("width")!.Value} {mtx.Attribute("lsb")!.Value}";
        }

        private XElement TtGlyph(int id) => _dump.Descendants("TTGlyph").Single(g => _ids[g.Attribute("name")!.Value] == id);
    }
}
