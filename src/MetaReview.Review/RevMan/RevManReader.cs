using System.Text;
using MetaReview.Review.RevMan.Internal;

namespace MetaReview.Review.RevMan;

/// <summary>
/// Reads RevMan reviews from any of the three formats (<see cref="RevManFormat"/>), told apart by their content:
/// a ZIP is a Cochrane data package, XML a RevMan 5 review, a CSV with a "Comparison Number" column RevMan 5's
/// analysis export. Nothing is thrown for bad input: every problem comes back located in the result.
/// </summary>
/// <example>
/// <code>
/// var read = RevManReader.Read("Fleiss1993.rm5");
/// foreach (var p in read.Problems) Console.Error.WriteLine(p);
/// if (read.Review is { } review &amp;&amp; !read.HasErrors) { var check = RevManCheck.Run(review); }
/// </code>
/// </example>
public static class RevManReader
{
    /// <summary>Reads a file, refusing one larger than <see cref="RevManReaderOptions.MaxFileBytes"/> before reading it.</summary>
    public static RevManReadResult Read(string path, RevManReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= RevManReaderOptions.Default;
        var name = Path.GetFileName(path);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Fail(path, RevManMessages.FileNotFound(path));
            }

            if (info.Length > options.MaxFileBytes)
            {
                return Fail(name, RevManMessages.TooLarge(info.Length, options.MaxFileBytes));
            }

            return Read(File.ReadAllBytes(path), name, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(name, RevManMessages.CannotRead(e.Message));
        }
    }

    /// <summary>Reads a stream to its end (at most <see cref="RevManReaderOptions.MaxFileBytes"/> bytes); <paramref name="name"/> names it in messages.</summary>
    public static RevManReadResult Read(Stream stream, string name, RevManReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        options ??= RevManReaderOptions.Default;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > options.MaxFileBytes)
            {
                return Fail(name, RevManMessages.TooLarge(buffer.Length + n, options.MaxFileBytes));
            }

            buffer.Write(chunk, 0, n);
        }

        return Read(buffer.ToArray(), name, options);
    }

    /// <summary>Reads a file's bytes; <paramref name="name"/> names it in messages.</summary>
    public static RevManReadResult Read(byte[] bytes, string name, RevManReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(name);
        options ??= RevManReaderOptions.Default;
        if (bytes.LongLength > options.MaxFileBytes)
        {
            return Fail(name, RevManMessages.TooLarge(bytes.LongLength, options.MaxFileBytes));
        }

        return Detect(bytes) switch
        {
            RevManFormat.Rm5 => Rm5Parser.Parse(bytes, name),
            RevManFormat.DataPackage => DataPackageParser.Parse(bytes, name, options),
            RevManFormat.AnalysisCsv => AnalysisCsvParser.Parse(bytes, name),
            _ => Fail(name, IsDataRows(bytes) ? RevManMessages.DataRowsAlone : RevManMessages.UnknownFormat),
        };
    }

    /// <summary>The format of a file from its first bytes, or null when it is none of RevMan's.</summary>
    public static RevManFormat? Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 4 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K' && bytes[2] is 3 or 5 && bytes[3] is 4 or 6)
        {
            return RevManFormat.DataPackage;
        }

        var head = Head(bytes);
        if (head.StartsWith('<'))
        {
            return RevManFormat.Rm5;
        }

        return FirstLine(head).Contains("comparison number", StringComparison.OrdinalIgnoreCase) ? RevManFormat.AnalysisCsv : null;
    }

    private static bool IsDataRows(ReadOnlySpan<byte> bytes)
    {
        var line = FirstLine(Head(bytes));
        return line.Contains("Analysis group", StringComparison.OrdinalIgnoreCase) && line.Contains("Study", StringComparison.OrdinalIgnoreCase);
    }

    // The first characters as Latin-1 (enough to see markup and ASCII headers), without a BOM and leading space.
    private static string Head(ReadOnlySpan<byte> bytes)
    {
        var take = bytes[..Math.Min(bytes.Length, 4096)];
        if (take.Length >= 3 && take[0] == 0xEF && take[1] == 0xBB && take[2] == 0xBF)
        {
            take = take[3..];
        }

        return Encoding.Latin1.GetString(take).TrimStart();
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }

    private static RevManReadResult Fail(string file, string message) => new(null, [new RevManProblem(new RevManLocation(file), message)]);
}
