using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text;
using MetaReview.Reporting.Drawing.Fonts;

namespace MetaReview.Reporting.Drawing.Pdf;

/// <summary>
/// The parts of a TrueType font file (Apple TrueType Reference Manual; OpenType 1.9 tables head, hhea, maxp,
/// OS/2, post, cmap, loca, glyf) that embedding it in a PDF needs: the glyph of each character, the glyph
/// outlines and the components of composite glyphs, and the numbers of the PDF font descriptor.
/// </summary>
internal sealed class TrueTypeFont
{
    private static readonly ConcurrentDictionary<string, TrueTypeFont> Embedded = new(StringComparer.Ordinal);

    private readonly byte[] _data;
    private readonly Dictionary<string, (int Offset, int Length)> _tables;
    private readonly FrozenDictionary<int, int> _glyphs;

    private TrueTypeFont(byte[] data, string name)
    {
        _data = data;
        Name = name;
        _tables = ReadTableDirectory();
        foreach (var required in (string[])["head", "hhea", "maxp", "hmtx", "cmap", "loca", "glyf"])
        {
            if (!_tables.ContainsKey(required))
            {
                throw Malformed($"it has no '{required}' table");
            }
        }

        var head = Table("head");
        UnitsPerEm = U16(head, 18);
        XMin = S16(head, 36);
        YMin = S16(head, 38);
        XMax = S16(head, 40);
        YMax = S16(head, 42);
        LongLoca = S16(head, 50) == 1;
        var hhea = Table("hhea");
        Ascender = S16(hhea, 4);
        Descender = S16(hhea, 6);
        NumberOfHMetrics = U16(hhea, 34);
        GlyphCount = U16(Table("maxp"), 4);
        if (_tables.ContainsKey("OS/2"))
        {
            var os2 = Table("OS/2");
            WeightClass = U16(os2, 4);
            CapHeight = U16(os2, 0) >= 2 ? S16(os2, 88) : YMax;
        }
        else
        {
            WeightClass = 400;
            CapHeight = YMax;
        }

        ItalicAngle = _tables.ContainsKey("post") ? BinaryPrimitives.ReadInt32BigEndian(Table("post")[4..]) / 65536.0 : 0;
        if (UnitsPerEm == 0 || GlyphCount == 0 || NumberOfHMetrics == 0)
        {
            throw Malformed("unitsPerEm, numGlyphs and numberOfHMetrics must be > 0");
        }

        _glyphs = ReadCmap().ToFrozenDictionary();
    }

    /// <summary>Where the font came from, for error messages.</summary>
    public string Name { get; }

    public int UnitsPerEm { get; }

    public int XMin { get; }

    public int YMin { get; }

    public int XMax { get; }

    public int YMax { get; }

    /// <summary>hhea ascender, font units.</summary>
    public int Ascender { get; }

    /// <summary>hhea descender, font units, negative.</summary>
    public int Descender { get; }

    public int CapHeight { get; }

    public int WeightClass { get; }

    /// <summary>Degrees counter-clockwise from the vertical (negative for a forward slant).</summary>
    public double ItalicAngle { get; }

    public int GlyphCount { get; }

    public int NumberOfHMetrics { get; }

    /// <summary>True when loca holds 32-bit offsets (head.indexToLocFormat 1).</summary>
    public bool LongLoca { get; }

    /// <summary>The bytes of the whole file.</summary>
    public ReadOnlySpan<byte> Data => _data;

    /// <summary>The tags of the tables the file holds.</summary>
    public IEnumerable<string> TableTags => _tables.Keys;

    /// <summary>The TrueType program of an embedded Liberation Sans face, parsed once per process.</summary>
    public static TrueTypeFont ForFace(bool bold, bool italic)
    {
        var face = EmbeddedFonts.FaceName(bold, italic);
        return Embedded.GetOrAdd(face, f => Parse(EmbeddedFonts.GetFontFile(f).ToArray(), f + ".ttf"));
    }

    /// <exception cref="InvalidDataException">The file is not a TrueType font this reader understands; the message says why.</exception>
    public static TrueTypeFont Parse(byte[] data, string name)
    {
        ArgumentNullException.ThrowIfNull(data);
        try
        {
            return new TrueTypeFont(data, name);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new InvalidDataException($"the font '{name}' is truncated or has a table outside the file", e);
        }
    }

    /// <summary>The glyph the Unicode cmap gives a code point, or 0 (.notdef) when the font lacks it.</summary>
    public int GlyphId(int codePoint) => _glyphs.GetValueOrDefault(codePoint);

    /// <summary>The bytes of a table.</summary>
    public ReadOnlySpan<byte> Table(string tag) =>
        _tables.TryGetValue(tag, out var t) ? _data.AsSpan(t.Offset, t.Length) : throw Malformed($"it has no '{tag}' table");

    /// <summary>The outline of a glyph in the glyf table (empty for a glyph without contours, e.g. space).</summary>
    public ReadOnlySpan<byte> GlyphData(int glyph)
    {
        if (glyph < 0 || glyph >= GlyphCount)
        {
            throw new ArgumentOutOfRangeException(nameof(glyph), glyph, $"the font '{Name}' has glyphs 0 to {GlyphCount - 1}");
        }

        var loca = Table("loca");
        var (start, end) = LongLoca
            ? ((int)U32(loca, 4 * glyph), (int)U32(loca, 4 * glyph + 4))
            : (2 * U16(loca, 2 * glyph), 2 * U16(loca, 2 * glyph + 2));
        var glyf = _tables["glyf"];
        if (end < start || end > glyf.Length)
        {
            throw Malformed($"loca gives glyph {glyph} the range {start}–{end} outside glyf ({glyf.Length} bytes)");
        }

        return _data.AsSpan(glyf.Offset + start, end - start);
    }

    /// <summary>The glyphs a composite glyph is built from (none for a simple glyph).</summary>
    public IReadOnlyList<int> Components(int glyph) => [.. ComponentReferences(glyph).Select(c => c.Glyph)];

    /// <summary>
    /// The components of a composite glyph (none for a simple glyph): each one's glyph and the position of its
    /// 16-bit glyphIndex in <see cref="GlyphData"/>, where a subset renumbers it.
    /// </summary>
    public IReadOnlyList<(int Glyph, int IndexAt)> ComponentReferences(int glyph)
    {
        var data = GlyphData(glyph);
        if (data.Length < 10 || S16(data, 0) >= 0)
        {
            return [];
        }

        // Composite glyph description: flags, glyphIndex, two arguments, an optional transform (glyf, "Composite Glyph Description").
        const int ArgsAreWords = 0x0001, HaveScale = 0x0008, MoreComponents = 0x0020, HaveXYScale = 0x0040, HaveTwoByTwo = 0x0080;
        var components = new List<(int, int)>();
        var at = 10;
        int flags;
        do
        {
            flags = U16(data, at);
            components.Add((U16(data, at + 2), at + 2));
            at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
            at += (flags & HaveScale) != 0 ? 2 : (flags & HaveXYScale) != 0 ? 4 : (flags & HaveTwoByTwo) != 0 ? 8 : 0;
        }
        while ((flags & MoreComponents) != 0);
        return components;
    }

    /// <summary>
    /// A glyph's advance width and left side bearing from hmtx, in font units; glyphs past numberOfHMetrics
    /// share the last advance and have only a bearing.
    /// </summary>
    public (int Advance, int LeftSideBearing) HorizontalMetric(int glyph)
    {
        if (glyph < 0 || glyph >= GlyphCount)
        {
            throw new ArgumentOutOfRangeException(nameof(glyph), glyph, $"the font '{Name}' has glyphs 0 to {GlyphCount - 1}");
        }

        var hmtx = Table("hmtx");
        var n = NumberOfHMetrics;
        return glyph < n
            ? (U16(hmtx, 4 * glyph), S16(hmtx, 4 * glyph + 2))
            : (U16(hmtx, 4 * (n - 1)), S16(hmtx, 4 * n + 2 * (glyph - n)));
    }

    private Dictionary<string, (int Offset, int Length)> ReadTableDirectory()
    {
        var version = U32(_data, 0);
        if (version != 0x00010000 && version != 0x74727565)
        {
            throw Malformed($"it starts with 0x{version:X8}, not a TrueType (glyf) font");
        }

        var count = U16(_data, 4);
        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var t = 0; t < count; t++)
        {
            var record = 12 + 16 * t;
            var tag = Encoding.ASCII.GetString(_data, record, 4);
            var offset = (int)U32(_data, record + 8);
            var length = (int)U32(_data, record + 12);
            if (offset < 0 || length < 0 || (long)offset + length > _data.Length)
            {
                throw Malformed($"the '{tag}' table lies outside the file");
            }

            tables[tag] = (offset, length);
        }

        return tables;
    }

    /// <summary>The Unicode cmap: format 12 (all planes) where present, else format 4 (BMP), from platform 0 or Windows (3, 1 or 10).</summary>
    private Dictionary<int, int> ReadCmap()
    {
        var cmap = Table("cmap");
        int format4 = -1, format12 = -1;
        for (var s = 0; s < U16(cmap, 2); s++)
        {
            var platform = U16(cmap, 4 + 8 * s);
            var encoding = U16(cmap, 6 + 8 * s);
            var offset = (int)U32(cmap, 8 + 8 * s);
            if (platform != 0 && !(platform == 3 && encoding is 1 or 10))
            {
                continue;
            }

            switch (U16(cmap, offset))
            {
                case 4 when format4 < 0:
                    format4 = offset;
                    break;
                case 12 when format12 < 0:
                    format12 = offset;
                    break;
            }
        }

        var map = new Dictionary<int, int>();
        if (format12 >= 0)
        {
            for (var g = 0; g < (int)U32(cmap, format12 + 12); g++)
            {
                var at = format12 + 16 + 12 * g;
                var (first, last, glyph) = ((int)U32(cmap, at), (int)U32(cmap, at + 4), (int)U32(cmap, at + 8));
                for (var c = first; c <= last; c++)
                {
                    Add(map, c, glyph + c - first);
                }
            }

            return map;
        }

        if (format4 < 0)
        {
            throw Malformed("it has no Unicode cmap (format 4 or 12)");
        }

        var segments = U16(cmap, format4 + 6) / 2;
        var ends = format4 + 14;
        var starts = ends + 2 * segments + 2;
        var deltas = starts + 2 * segments;
        var rangeOffsets = deltas + 2 * segments;
        for (var s = 0; s < segments; s++)
        {
            var (first, last) = (U16(cmap, starts + 2 * s), U16(cmap, ends + 2 * s));
            var delta = S16(cmap, deltas + 2 * s);
            var rangeOffset = U16(cmap, rangeOffsets + 2 * s);
            for (var c = first; c <= last && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    // idRangeOffset counts bytes from its own position to the entry in the glyph index array.
                    var indexed = U16(cmap, rangeOffsets + 2 * s + rangeOffset + 2 * (c - first));
                    glyph = indexed == 0 ? 0 : (indexed + delta) & 0xFFFF;
                }

                Add(map, c, glyph);
            }
        }

        return map;
    }

    private void Add(Dictionary<int, int> map, int codePoint, int glyph)
    {
        if (glyph > 0 && glyph < GlyphCount)
        {
            map[codePoint] = glyph;
        }
    }

    private InvalidDataException Malformed(string what) => new($"the font '{Name}' cannot be embedded: {what}");

    private static int U16(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt16BigEndian(b[at..]);

    private static int S16(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadInt16BigEndian(b[at..]);

    private static uint U32(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt32BigEndian(b[at..]);
}
