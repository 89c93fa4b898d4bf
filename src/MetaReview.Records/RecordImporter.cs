using System.Collections.Immutable;
using System.Text;
using MetaReview.Records.Import;
using MetaReview.Records.Internal;

namespace MetaReview.Records;

/// <summary>
/// Imports search exports: detects format and encoding, reads records streaming, and returns them with
/// located problems and counts that add up (read = imported + skipped). Never throws for bad input: a
/// missing, unreadable or unrecognised file gives a failed <see cref="ImportResult"/> that says why.
/// </summary>
public static class RecordImporter
{
    /// <summary>How many bytes are examined to detect encoding and format.</summary>
    private const int HeadBytes = 64 * 1024;

    /// <summary>Imports one file.</summary>
    /// <param name="path">The file; it is named in records and problems as given.</param>
    /// <param name="options">Format, encoding, database, column mapping and strictness; <see cref="ImportOptions.Default"/> when null.</param>
    public static ImportResult ImportFile(string path, ImportOptions? options = null)
    {
        if (!File.Exists(path))
        {
            return FailedResult(path, null, ImportMessages.FileNotFound);
        }

        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FailedResult(path, null, ImportMessages.FileUnreadable(e.Message));
        }

        using (stream)
        {
            return Import(stream, path, options);
        }
    }

    /// <summary>Imports several files (one search's exports); each is read with the same options.</summary>
    public static ImportBatch ImportFiles(IEnumerable<string> paths, ImportOptions? options = null) =>
        new() { Files = [.. paths.Select(p => ImportFile(p, options))] };

    /// <summary>Imports text already in memory (tests, pasted exports); <paramref name="fileName"/> names it in problems.</summary>
    public static ImportResult ImportText(string text, string fileName, ImportOptions? options = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return Import(stream, fileName, (options ?? ImportOptions.Default) with { Encoding = (options ?? ImportOptions.Default).Encoding ?? Encoding.UTF8 });
    }

    /// <summary>Imports from a stream (read to its end, not disposed).</summary>
    public static ImportResult Import(Stream stream, string fileName, ImportOptions? options = null)
    {
        options ??= ImportOptions.Default;
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            stream = copy;
        }

        var start = stream.Position;
        var head = new byte[HeadBytes];
        var headLength = stream.ReadAtLeast(head, HeadBytes, throwOnEndOfStream: false);
        var complete = headLength < HeadBytes;
        stream.Position = start;

        if (options.Format == RecordFormat.Xlsx || (options.Format is null && FormatDetector.IsWorkbook(head.AsSpan(0, headLength))))
        {
            var context = new SourceContext(fileName, RecordFormat.Xlsx, options);
            return Collect(XlsxReader.Read(stream, context), context, []);
        }

        var notes = new List<ImportProblem>();
        var encoding = options.Encoding;
        if (encoding is null)
        {
            encoding = TextDecoding.Detect(head.AsSpan(0, headLength), complete, out var fellBack);
            if (fellBack)
            {
                notes.Add(new ImportProblem(fileName, 0, 0, ProblemSeverity.Warning, ImportMessages.NotUtf8(encoding.WebName)));
            }
        }

        var format = options.Format;
        if (format is null)
        {
            var headText = encoding.GetString(head, 0, headLength);
            format = FormatDetector.Detect(headText, fileName);
            if (format is null)
            {
                var firstLine = headText.TrimStart('\uFEFF').Split('\n', 2)[0];
                return FailedResult(fileName, null, ImportMessages.UnknownFormat(firstLine));
            }
        }

        var ctx = new SourceContext(fileName, format.Value, options);
        using var watched = new WatchedTextReader(new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: true));
        var result = Collect(TextReaderFor(format.Value).Read(watched, ctx), ctx, notes);
        if (watched.FirstReplacementLine > 0)
        {
            result = result with
            {
                Problems = result.Problems.Add(ctx.Warning(watched.FirstReplacementLine, 0, ImportMessages.ReplacementCharacters)),
            };
        }

        return result;
    }

    /// <summary>The format of a file as the importer would detect it, or <see langword="null"/>.</summary>
    public static RecordFormat? DetectFormat(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var head = new byte[HeadBytes];
            var n = stream.ReadAtLeast(head, HeadBytes, throwOnEndOfStream: false);
            if (FormatDetector.IsWorkbook(head.AsSpan(0, n)))
            {
                return RecordFormat.Xlsx;
            }

            var encoding = TextDecoding.Detect(head.AsSpan(0, n), n < HeadBytes, out _);
            return FormatDetector.Detect(encoding.GetString(head, 0, n), path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static ITextRecordReader TextReaderFor(RecordFormat format) => format switch
    {
        RecordFormat.Ris => new RisReader(),
        RecordFormat.Medline => new MedlineReader(),
        RecordFormat.Ovid => new OvidReader(),
        RecordFormat.WosPlainText => new WosPlainTextReader(),
        RecordFormat.WosTabDelimited => new WosTabDelimitedReader(),
        RecordFormat.Csv => new CsvReader(),
        RecordFormat.EndNoteXml => new EndNoteXmlReader(),
        RecordFormat.BibTex => new BibTexReader(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a text format"),
    };

    private static ImportResult Collect(IEnumerable<ReadItem> items, SourceContext context, List<ImportProblem> problems)
    {
        var records = ImmutableArray.CreateBuilder<Record>();
        var skipped = 0;
        var fatal = false;
        foreach (var item in items)
        {
            if (item.Record is { } record)
            {
                records.Add(record);
                if (record.Title is null)
                {
                    problems.Add(context.Warning(record.SourceLine, 0, ImportMessages.NoTitle(record.SourceLine)));
                }
            }

            if (item.Problem is { } problem)
            {
                problems.Add(problem);
            }

            if (item.IsFatal)
            {
                fatal = true;
            }
            else if (item.Record is null && item.CountsAsRecord)
            {
                skipped++;
            }
        }

        var ordered = problems.OrderBy(p => p.Line).ToImmutableArray();
        if (context.Options.Strict && skipped > 0)
        {
            var read = records.Count + skipped;
            return new ImportResult
            {
                File = context.File,
                Format = context.Format,
                Problems = ordered.Add(new ImportProblem(context.File, 0, 0, ProblemSeverity.Error, ImportMessages.StrictFailed(skipped))),
                Skipped = read,
                Failed = true,
            };
        }

        return new ImportResult
        {
            File = context.File,
            Format = context.Format,
            Records = records.ToImmutable(),
            Problems = ordered,
            Skipped = skipped,
            Failed = fatal,
        };
    }

    private static ImportResult FailedResult(string file, RecordFormat? format, string message) => new()
    {
        File = file,
        Format = format,
        Problems = [new ImportProblem(file, 0, 0, ProblemSeverity.Error, message)],
        Skipped = 0,
        Failed = true,
    };
}
