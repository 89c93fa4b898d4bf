using System.Buffers.Binary;
using System.Text;

namespace MetaReview.Reporting.Drawing.Pdf;

/// <summary>
/// Makes the TrueType program a PDF embeds for a page: the font with only the glyphs the page uses and the
/// components of composite glyphs, numbered 0, 1, 2, ... in their original order (so .notdef stays 0), with
/// composite glyphs' references renumbered. Kept glyphs keep their outlines, hinting and metrics; the cmap
/// maps exactly the characters used. Tables a PDF does not read (kern, GPOS, GSUB, GDEF, glyph names in post)
/// are left out; head's checksum adjustment is recomputed.
/// </summary>
internal static class TrueTypeSubsetter
{
    // The tables copied unchanged when present, apart from the glyph counts set in hhea and maxp: head, hhea and
    // maxp are required, the hinting tables (cvt, fpgm, prep, gasp) belong to the kept glyphs' instructions,
    // OS/2 and name identify the font and its licence.
    private static readonly string[] Copied = ["head", "hhea", "maxp", "OS/2", "name", "cvt ", "fpgm", "prep", "gasp"];

    /// <summary>
    /// The subset font program. <paramref name="characters"/> maps each character the page draws to its glyph
    /// in <paramref name="font"/> (0 for a character the font lacks); glyph 0 (.notdef) is always kept.
    /// </summary>
    public static TrueTypeSubset Subset(TrueTypeFont font, IReadOnlyDictionary<int, int> characters)
    {
        ArgumentNullException.ThrowIfNull(font);
        ArgumentNullException.ThrowIfNull(characters);
        var keep = GlyphClosure(font, characters.Values.Append(0));
        var renumber = keep.Select((glyph, index) => (glyph, index)).ToDictionary(p => p.glyph, p => p.index);
        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var tag in Copied.Where(t => font.TableTags.Contains(t)))
        {
            tables[tag] = font.Table(tag).ToArray();
        }

        var (glyf, loca, longLoca) = GlyphTables(font, keep, renumber);
        tables["glyf"] = glyf;
        tables["loca"] = loca;
        BinaryPrimitives.WriteInt16BigEndian(tables["head"].AsSpan(50), (short)(longLoca ? 1 : 0));
        BinaryPrimitives.WriteUInt32BigEndian(tables["head"].AsSpan(8), 0); // checkSumAdjustment, set below
        BinaryPrimitives.WriteUInt16BigEndian(tables["maxp"].AsSpan(4), (ushort)keep.Count); // numGlyphs
        BinaryPrimitives.WriteUInt16BigEndian(tables["hhea"].AsSpan(34), (ushort)keep.Count); // numberOfHMetrics
        tables["hmtx"] = Metrics(font, keep);
        tables["cmap"] = Cmap(characters.ToDictionary(kv => kv.Key, kv => renumber[kv.Value]));
        if (font.TableTags.Contains("post"))
        {
            // post format 3: the header (italic angle, underline, fixed pitch) without glyph names.
            var post = font.Table("post")[..32].ToArray();
            BinaryPrimitives.WriteUInt32BigEndian(post, 0x00030000);
            tables["post"] = post;
        }

        var file = Assemble(tables);
        var headOffset = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(12 + 16 * tables.Keys.ToList().IndexOf("head") + 8));
        BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(headOffset + 8), unchecked(0xB1B0AFBA - Checksum(file)));
        return new TrueTypeSubset(file, renumber);
    }

    /// <summary>The glyphs given and, recursively, the components of composite ones.</summary>
    public static SortedSet<int> GlyphClosure(TrueTypeFont font, IEnumerable<int> glyphs)
    {
        var keep = new SortedSet<int>();
        var pending = new Stack<int>(glyphs);
        while (pending.Count > 0)
        {
            var glyph = pending.Pop();
            if (keep.Add(glyph))
            {
                foreach (var component in font.Components(glyph))
                {
                    pending.Push(component);
                }
            }
        }

        return keep;
    }

    private static (byte[] Glyf, byte[] Loca, bool LongLoca) GlyphTables(TrueTypeFont font, SortedSet<int> keep, Dictionary<int, int> renumber)
    {
        var glyf = new MemoryStream();
        var offsets = new List<int>(keep.Count + 1);
        foreach (var glyph in keep)
        {
            offsets.Add((int)glyf.Length);
            var data = font.GlyphData(glyph).ToArray();
            foreach (var (component, at) in font.ComponentReferences(glyph))
            {
                BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(at), (ushort)renumber[component]);
            }

            glyf.Write(data);
            while (glyf.Length % 4 != 0)
            {
                glyf.WriteByte(0);
            }
        }

        offsets.Add((int)glyf.Length);
        // Short offsets store offset / 2 in 16 bits; a subset larger than that needs the long format.
        var longLoca = glyf.Length > 2 * 0xFFFF;
        var loca = new byte[offsets.Count * (longLoca ? 4 : 2)];
        for (var g = 0; g < offsets.Count; g++)
        {
            if (longLoca)
            {
                BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * g), (uint)offsets[g]);
            }
            else
            {
                BinaryPrimitives.WriteUInt16BigEndian(loca.AsSpan(2 * g), (ushort)(offsets[g] / 2));
            }
        }

        return (glyf.ToArray(), loca, longLoca);
    }

    /// <summary>hmtx with one long metric (advance, left side bearing) per kept glyph, in the new order.</summary>
    private static byte[] Metrics(TrueTypeFont font, SortedSet<int> keep)
    {
        var hmtx = new byte[4 * keep.Count];
        var w = new BigEndianWriter(hmtx);
        foreach (var glyph in keep)
        {
            var (advance, lsb) = font.HorizontalMetric(glyph);
            w.U16(advance).U16(lsb & 0xFFFF);
        }

        return hmtx;
    }

    /// <summary>A cmap with one Windows Unicode BMP subtable (format 4) mapping exactly the characters used.</summary>
    private static byte[] Cmap(IReadOnlyDictionary<int, int> characters)
    {
        // Runs of consecutive characters whose glyphs are consecutive too share one segment (one idDelta).
        var mapped = characters.Where(kv => kv.Value != 0 && kv.Key < 0xFFFF).OrderBy(kv => kv.Key).ToList();
        var segments = new List<(int Start, int End, int Delta)>();
        foreach (var (c, g) in mapped)
        {
            if (segments.Count > 0 && segments[^1].End == c - 1 && segments[^1].Delta == g - c)
            {
                segments[^1] = segments[^1] with { End = c };
            }
            else
            {
                segments.Add((c, c, g - c));
            }
        }

        segments.Add((0xFFFF, 0xFFFF, 1));
        var n = segments.Count;
        var length = 16 + 8 * n;
        var sub = new byte[12 + length];
        var w = new BigEndianWriter(sub);
        w.U16(0).U16(1).U16(3).U16(1).U32(12); // cmap header: version 0, one subtable (3, 1) at offset 12
        var searchRange = 2 * (1 << (int)Math.Log2(n));
        w.U16(4).U16(length).U16(0).U16(2 * n).U16(searchRange).U16((int)Math.Log2(searchRange / 2)).U16(2 * n - searchRange);
        segments.ForEach(s => w.U16(s.End));
        w.U16(0);
        segments.ForEach(s => w.U16(s.Start));
        segments.ForEach(s => w.U16(s.Delta & 0xFFFF));
        segments.ForEach(_ => w.U16(0));
        return sub;
    }

    /// <summary>The table directory and the tables, each 4-byte aligned, with their checksums.</summary>
    private static byte[] Assemble(SortedDictionary<string, byte[]> tables)
    {
        var n = tables.Count;
        var directory = 12 + 16 * n;
        var size = directory + tables.Values.Sum(t => (t.Length + 3) & ~3);
        var file = new byte[size];
        var w = new BigEndianWriter(file);
        var searchRange = 16 * (1 << (int)Math.Log2(n));
        w.U32(0x00010000).U16(n).U16(searchRange).U16((int)Math.Log2(n)).U16(16 * n - searchRange);
        var offset = directory;
        foreach (var (tag, data) in tables)
        {
            w.Bytes(Encoding.ASCII.GetBytes(tag)).U32(Checksum(data)).U32((uint)offset).U32((uint)data.Length);
            data.CopyTo(file, offset);
            offset += (data.Length + 3) & ~3;
        }

        return file;
    }

    /// <summary>The sum of the big-endian 32-bit words, the last one padded with zeros.</summary>
    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        Span<byte> word = stackalloc byte[4];
        for (var i = 0; i < data.Length; i += 4)
        {
            word.Clear();
            data[i..Math.Min(i + 4, data.Length)].CopyTo(word);
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(word));
        }

        return sum;
    }

    private sealed class BigEndianWriter(byte[] buffer)
    {
        private int _at;

        public BigEndianWriter U16(int value)
        {
            BinaryPrimitives.WriteUInt16BigEndian(buffer.AsSpan(_at), (ushort)value);
            _at += 2;
            return this;
        }

        public BigEndianWriter U32(uint value)
        {
            BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(_at), value);
            _at += 4;
            return this;
        }

        public BigEndianWriter Bytes(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(buffer.AsSpan(_at));
            _at += bytes.Length;
            return this;
        }
    }
}
