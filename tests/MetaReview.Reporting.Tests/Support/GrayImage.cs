using System.Buffers.Binary;
using System.IO.Compression;

namespace MetaReview.Reporting.Tests.Support;

/// <summary>
/// A PNG decoded to luminance (0 black to 255 white, transparency composed over white), to compare the
/// renderings of the same scene by different programs. Reads the 8-bit, non-interlaced PNGs that
/// rsvg-convert and pdftoppm write (PNG specification, ISO/IEC 15948: chunks, zlib, the five filters).
/// </summary>
internal sealed class GrayImage
{
    private GrayImage(int width, int height, byte[] pixels)
    {
        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Row by row, one byte per pixel.</summary>
    public byte[] Pixels { get; }

    public byte this[int x, int y] => Pixels[y * Width + x];

    public static GrayImage FromPng(byte[] png)
    {
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        int width = 0, height = 0, colourType = -1;
        var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = (int)BinaryPrimitives.ReadUInt32BigEndian(data);
                height = (int)BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
                Assert.Equal(8, data[8]); // bit depth
                colourType = data[9];
                Assert.Equal(0, data[12]); // not interlaced
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            at += 12 + length;
        }

        var channels = colourType switch
        {
            0 => 1,
            2 => 3,
            4 => 2,
            6 => 4,
            _ => throw new InvalidDataException($"PNG colour type {colourType} is not read by this test helper"),
        };
        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        var raw = new MemoryStream();
        zlib.CopyTo(raw);
        var filtered = raw.ToArray();
        var stride = width * channels;
        Assert.Equal(height * (stride + 1), filtered.Length);
        var previous = new byte[stride];
        var row = new byte[stride];
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            var filter = filtered[y * (stride + 1)];
            filtered.AsSpan(y * (stride + 1) + 1, stride).CopyTo(row);
            for (var i = 0; i < stride; i++)
            {
                int left = i >= channels ? row[i - channels] : 0, up = previous[i], upLeft = i >= channels ? previous[i - channels] : 0;
                row[i] += filter switch
                {
                    0 => 0,
                    1 => (byte)left,
                    2 => (byte)up,
                    3 => (byte)((left + up) / 2),
                    4 => (byte)Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"PNG row {y} has the unknown filter {filter}"),
                };
            }

            for (var x = 0; x < width; x++)
            {
                var p = x * channels;
                double luminance = channels >= 3 ? 0.2126 * row[p] + 0.7152 * row[p + 1] + 0.0722 * row[p + 2] : row[p];
                double alpha = channels is 2 or 4 ? row[p + channels - 1] / 255.0 : 1;
                pixels[y * width + x] = (byte)Math.Round(alpha * luminance + (1 - alpha) * 255);
            }

            (previous, row) = (row, previous);
        }

        return new GrayImage(width, height, pixels);
    }

    /// <summary>The share of pixels darker than near-white: how much ink the picture has.</summary>
    public double InkShare() => Pixels.Count(p => p < 224) / (double)Pixels.Length;

    /// <summary>
    /// Compares two renderings on a grid of <paramref name="cell"/>-pixel squares (their mean luminance), which
    /// forgives the differences of anti-aliasing and hinting but not a misplaced or missing element. Returns the
    /// share of cells whose means differ by more than <paramref name="tolerance"/> and the mean absolute pixel difference.
    /// </summary>
    public (double DifferentCells, double MeanPixelDifference) Compare(GrayImage other, int cell = 4, int tolerance = 32)
    {
        int width = Math.Min(Width, other.Width), height = Math.Min(Height, other.Height);
        long pixelDifference = 0;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                pixelDifference += Math.Abs(this[x, y] - other[x, y]);
            }
        }

        int cells = 0, different = 0;
        for (var cy = 0; cy + cell <= height; cy += cell)
        {
            for (var cx = 0; cx + cell <= width; cx += cell)
            {
                int a = 0, b = 0;
                for (var y = cy; y < cy + cell; y++)
                {
                    for (var x = cx; x < cx + cell; x++)
                    {
                        a += this[x, y];
                        b += other[x, y];
                    }
                }

                cells++;
                if (Math.Abs(a - b) > tolerance * cell * cell)
                {
                    different++;
                }
            }
        }

        return (different / (double)cells, pixelDifference / (double)(width * height));
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
