using System.Diagnostics;
using System.Text;

namespace MetaReview.Records.Screening.Internal;

/// <summary>
/// Append-only JSON Lines files shared by processes: each append takes an exclusive lock on a companion
/// <c>.lock</c> file, writes the whole line in one write and flushes it to disk (fsync) before returning,
/// so that a crash loses at most the line being written and two processes never interleave lines.
/// </summary>
internal static class JsonLinesFile
{
    /// <summary>How long an append waits for another process's lock before giving up.</summary>
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(10);

    /// <summary>A line of the file: its 1-based number, its text and whether a line end followed it.</summary>
    public readonly record struct Line(int Number, string Text, bool Terminated);

    /// <summary>Appends one line (the text must not contain a line break). Creates the file and its folder if needed.</summary>
    /// <exception cref="IOException">The file cannot be written, or another process holds the lock for longer than 10 s.</exception>
    public static void Append(string path, string line) => AppendAll(path, [line]);

    /// <summary>Appends several lines under one lock and one flush.</summary>
    public static void AppendAll(string path, IReadOnlyList<string> lines)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        using var held = AcquireLock(path + ".lock");
        using var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 0);
        var length = stream.Length;
        var text = new StringBuilder();
        if (length > 0)
        {
            // A line cut off by a crash is closed, so that the new line is not glued to its remains.
            stream.Position = length - 1;
            if (stream.ReadByte() != '\n')
            {
                text.Append('\n');
            }
        }

        foreach (var line in lines)
        {
            Debug.Assert(!line.Contains('\n', StringComparison.Ordinal), "a JSON line has no line break");
            text.Append(line).Append('\n');
        }

        stream.Position = length;
        stream.Write(Encoding.UTF8.GetBytes(text.ToString()));
        stream.Flush(flushToDisk: true);
    }

    /// <summary>The lines of a file (none when it does not exist), blank lines left out.</summary>
    public static List<Line> Read(string path)
    {
        var lines = new List<Line>();
        if (!File.Exists(path))
        {
            return lines;
        }

        byte[] bytes;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }

        var start = 0;
        var number = 1;
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            start = 3;
        }

        while (start < bytes.Length)
        {
            var end = span[start..].IndexOf((byte)'\n');
            var terminated = end >= 0;
            var stop = terminated ? start + end : bytes.Length;
            var text = Encoding.UTF8.GetString(span[start..stop]).TrimEnd('\r');
            if (text.Trim().Length > 0)
            {
                lines.Add(new Line(number, text, terminated));
            }

            number++;
            start = stop + 1;
        }

        return lines;
    }

    private static FileStream AcquireLock(string lockPath)
    {
        var clock = Stopwatch.StartNew();
        var wait = 2;
        while (true)
        {
            try
            {
                // FileShare.None takes an exclusive advisory lock (flock on Unix, a share lock on Windows).
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
            }
            catch (IOException e) when (File.Exists(lockPath))
            {
                if (clock.Elapsed >= LockTimeout)
                {
                    throw new IOException($"'{lockPath}' is held by another process (waited {LockTimeout.TotalSeconds:0} s); is another metareview still writing?", e);
                }

                Thread.Sleep(wait);
                wait = Math.Min(wait * 2, 50);
            }
        }
    }
}
