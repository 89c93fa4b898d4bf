using System.Text;

namespace MetaReview.Cli;

/// <summary>
/// Where a command's result goes: standard output, or a file written atomically (to a temporary file
/// beside it, then moved into place), so a failure never leaves a half-written result behind.
/// </summary>
internal static class OutputTarget
{
    public static void Write(CliContext context, string? path, Action<Stream> write)
    {
        if (string.IsNullOrEmpty(path) || path == "-")
        {
            using var buffer = new MemoryStream();
            write(buffer);
            context.Out.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            context.Out.Flush();
            return;
        }

        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            throw new CliInputException($"metareview: cannot write '{path}': the folder '{directory}' does not exist.");
        }

        var temp = full + ".tmp-" + Environment.ProcessId;
        try
        {
            using (var file = File.Create(temp))
            {
                write(file);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new CliInputException($"metareview: cannot write '{path}': {e.Message}", e);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>
    /// Like <see cref="Write"/>, but standard output is written as the work goes (for batches, whose output can be
    /// larger than memory) instead of being held until the work ends. A file is still written atomically.
    /// </summary>
    public static void WriteStreaming(CliContext context, string? path, Action<Stream> write)
    {
        if (!string.IsNullOrEmpty(path) && path != "-")
        {
            Write(context, path, write);
            return;
        }

        context.Out.Flush();
        if (ReferenceEquals(context.Out, Console.Out))
        {
            using var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
            write(stdout);
            return;
        }

        using var adapter = new TextWriterStream(context.Out);
        write(adapter);
    }

    /// <summary>Writes text through a UTF-8 writer without a byte-order mark.</summary>
    public static void WriteText(CliContext context, string? path, Action<TextWriter> write) =>
        Write(context, path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
            write(writer);
        });
}
