using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MetaReview.Reporting.Results;
using MetaReview.Review.Input;
using MetaReview.Review.Settings;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Cli.Commands;

/// <summary>
/// <c>metareview analyze --batch FILE.jsonl</c>: one analysis per input line, one JSON result per output
/// line, in input order, streaming in blocks that are analysed in parallel on all cores. A line holds the
/// settings keys of <see cref="AnalysisSettingsParser"/> (overriding the command-line options), an optional
/// "id", and the data: "yi" with "vi" or "sei" (and optional "study" labels), or "studies" as an array of
/// objects with the columns of the CSV format. A bad line gives {"id", "line", "error"} and the run goes on;
/// the exit code is then 2. The format is documented in docs/json-output.md.
/// </summary>
internal static class BatchRunner
{
    /// <summary>Lines read, analysed and written as one block; two blocks are in memory at a time.</summary>
    private const int BlockLines = 4096;

    /// <summary>Lines per parallel work item; each item writes its results into a buffer of its own.</summary>
    private const int ChunkLines = 32;

    /// <summary>
    /// JSON Lines for files and pipes: characters such as ² and − are written as UTF-8, not as \uXXXX escapes,
    /// and the writer's own nesting checks are skipped (the result writer is tested to produce valid JSON).
    /// </summary>
    private static readonly JsonWriterOptions LineOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static int Run(CliContext context, string path, string? output, IReadOnlyList<KeyValuePair<string, string?>> defaults)
    {
        if (!File.Exists(path))
        {
            throw new CliInputException($"metareview: batch file '{path}' not found.");
        }

        // Check the command-line defaults once, so a bad option is one message, not one per line.
        var (_, problems) = AnalysisSettingsParser.Parse(defaults);
        if (problems.Count > 0)
        {
            throw new CliInputException(string.Join(Environment.NewLine, problems.Select(p => $"metareview: option {p}")));
        }

        var failed = 0;
        var total = 0;
        OutputTarget.WriteStreaming(context, output, sink => ProgressDisplay.Run(context, "Analysing", progress =>
        {
            using var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            var current = new Block();
            var spare = new Block();
            var writing = Task.CompletedTask;
            var number = 0;

            // While one block is analysed on all cores, the block before it is written out.
            while (current.Read(reader, ref number))
            {
                current.Analyse(path, defaults);
                writing.GetAwaiter().GetResult();
                failed += current.Errors;
                total += current.Count;
                var done = current;
                writing = Task.Run(() => done.WriteTo(sink));
                progress?.Report(input.Length == 0 ? 1 : (double)input.Position / input.Length);
                (current, spare) = (spare, done);
            }

            writing.GetAwaiter().GetResult();
            return 0;
        }));

        if (failed > 0)
        {
            context.Error.WriteLine($"metareview: {failed} of {total} batch lines could not be analysed; see their \"error\" fields.");
            return CliApp.InputError;
        }

        return CliApp.Success;
    }

    /// <summary>A block of input lines and, after <see cref="Analyse"/>, their results in input order.</summary>
    private sealed class Block
    {
        private readonly (string Text, int Number)[] _lines = new (string, int)[BlockLines];
        private readonly ArrayBufferWriter<byte>[] _chunks =
            Enumerable.Range(0, (BlockLines + ChunkLines - 1) / ChunkLines).Select(_ => new ArrayBufferWriter<byte>(1 << 16)).ToArray();

        private int _errors;

        public int Count { get; private set; }

        public int Errors => _errors;

        /// <summary>Reads up to <see cref="BlockLines"/> non-blank lines; false at the end of the input.</summary>
        public bool Read(TextReader reader, ref int number)
        {
            Count = 0;
            string? text;
            while (Count < BlockLines && (text = reader.ReadLine()) is not null)
            {
                number++;
                if (!string.IsNullOrWhiteSpace(text))
                {
                    _lines[Count++] = (text, number);
                }
            }

            return Count > 0;
        }

        public void Analyse(string path, IReadOnlyList<KeyValuePair<string, string?>> defaults)
        {
            _errors = 0;
            var chunkCount = (Count + ChunkLines - 1) / ChunkLines;
            Parallel.For(0, chunkCount, () => new LineWriter(), (c, _, scratch) =>
            {
                var chunk = _chunks[c];
                chunk.ResetWrittenCount();
                for (var i = c * ChunkLines; i < Math.Min(Count, (c + 1) * ChunkLines); i++)
                {
                    if (!BatchRunner.Analyse(path, _lines[i].Text, _lines[i].Number, defaults, scratch))
                    {
                        Interlocked.Increment(ref _errors);
                    }

                    chunk.Write(scratch.Buffer.WrittenSpan);
                    chunk.Write("\n"u8);
                }

                return scratch;
            }, _ => { });
        }

        public void WriteTo(Stream sink)
        {
            var chunkCount = (Count + ChunkLines - 1) / ChunkLines;
            for (var c = 0; c < chunkCount; c++)
            {
                sink.Write(_chunks[c].WrittenSpan);
            }
        }
    }

    /// <summary>One worker's buffer and JSON writer, reused for every line it analyses.</summary>
    private sealed class LineWriter
    {
        public ArrayBufferWriter<byte> Buffer { get; } = new(4096);

        public Utf8JsonWriter Json { get; }

        public LineWriter() => Json = new Utf8JsonWriter(Buffer, LineOptions);

        /// <summary>Empties the buffer and readies the writer for a new line.</summary>
        public Utf8JsonWriter Start()
        {
            Buffer.ResetWrittenCount();
            Json.Reset(Buffer);
            return Json;
        }
    }

    /// <summary>Analyses one line into the writer's buffer; false when the line was bad (an error object was written).</summary>
    private static bool Analyse(string path, string line, int number, IReadOnlyList<KeyValuePair<string, string?>> defaults, LineWriter writer)
    {
        string? id = null;
        var json = writer.Start();
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new BatchLineException("each line must be a JSON object");
            }

            id = root.TryGetProperty("id", out var idElement) ? Scalar(idElement) : null;
            var values = new List<KeyValuePair<string, string?>>(defaults);
            foreach (var property in root.EnumerateObject())
            {
                if (AnalysisSettingsParser.Keys.Contains(property.Name))
                {
                    values.Add(new(property.Name, Scalar(property.Value)));
                }
            }

            var (settings, problems) = AnalysisSettingsParser.Parse(values);
            if (problems.Count > 0)
            {
                throw new BatchLineException(string.Join("; ", problems));
            }

            var (studies, measure) = Studies(root, settings, path, number);
            var result = MetaAnalysis.Run(studies, settings.Resolve(measure));
            AnalysisJsonWriter.Write(json, result, id);
            json.Flush();
            return true;
        }
        catch (Exception e) when (e is JsonException or BatchLineException or AnalysisException or ArgumentException)
        {
            json = writer.Start();
            json.WriteStartObject();
            if (id is null)
            {
                json.WriteNull("id");
            }
            else
            {
                json.WriteString("id", id);
            }

            json.WriteNumber("line", number);
            json.WriteString("error", e is JsonException ? $"not valid JSON: {e.Message}" : e.Message);
            json.WriteEndObject();
            json.Flush();
            return false;
        }
    }

    private static (IReadOnlyList<StudyInput> Studies, EffectMeasure Measure) Studies(JsonElement root, AnalysisSettings settings, string path, int number)
    {
        if (root.TryGetProperty("studies", out var table))
        {
            var dataset = FromTable(table, settings, $"{path} line {number}");
            return (dataset.Studies, dataset.Measure);
        }

        if (!root.TryGetProperty("yi", out var yiElement))
        {
            throw new BatchLineException("no data: give \"yi\" with \"vi\" or \"sei\", or \"studies\"");
        }

        var yi = Numbers(yiElement, "yi");
        double[] vi;
        if (root.TryGetProperty("vi", out var viElement))
        {
            vi = Numbers(viElement, "vi");
        }
        else if (root.TryGetProperty("sei", out var seiElement))
        {
            vi = Numbers(seiElement, "sei").Select(s => s * s).ToArray();
        }
        else
        {
            throw new BatchLineException("\"yi\" needs \"vi\" or \"sei\"");
        }

        if (vi.Length != yi.Length)
        {
            throw new BatchLineException($"\"yi\" has {yi.Length} values but the variances have {vi.Length}");
        }

        string[]? labels = null;
        if (root.TryGetProperty("study", out var studyElement) && studyElement.ValueKind == JsonValueKind.Array)
        {
            labels = studyElement.EnumerateArray().Select(e => Scalar(e) ?? "").ToArray();
            if (labels.Length != yi.Length)
            {
                throw new BatchLineException($"\"study\" has {labels.Length} labels but \"yi\" has {yi.Length} values");
            }
        }

        var studies = new StudyInput[yi.Length];
        for (var i = 0; i < yi.Length; i++)
        {
            if (!(vi[i] > 0))
            {
                throw new BatchLineException($"study {i + 1}: the variance must be > 0, got {vi[i].ToString(CultureInfo.InvariantCulture)}");
            }

            studies[i] = new StudyInput(labels?[i] ?? StudyInput.DefaultLabel(i + 1), new GenericData(yi[i], vi[i]));
        }

        return (studies, settings.Measure ?? EffectMeasure.GEN);
    }

    /// <summary>The "studies" array as a table of cells, read and validated exactly as a data file is.</summary>
    private static AnalysisDataset FromTable(JsonElement table, AnalysisSettings settings, string source)
    {
        if (table.ValueKind != JsonValueKind.Array)
        {
            throw new BatchLineException("\"studies\" must be an array of objects");
        }

        // Rows usually repeat the first row's keys in the same order: match those without decoding the name.
        var columns = new List<string>();
        var rows = new List<IReadOnlyList<string>>(table.GetArrayLength());
        foreach (var row in table.EnumerateArray())
        {
            if (row.ValueKind != JsonValueKind.Object)
            {
                throw new BatchLineException("\"studies\" must be an array of objects");
            }

            var cells = new List<string>(columns.Count);
            var position = 0;
            foreach (var p in row.EnumerateObject())
            {
                var column = position < columns.Count && p.NameEquals(columns[position]) ? position : ColumnOf(columns, p.Name);
                while (cells.Count <= column)
                {
                    cells.Add("");
                }

                cells[column] = Scalar(p.Value) ?? "";
                position++;
            }

            rows.Add(cells);
        }

        var read = AnalysisDataReader.ReadTable(columns, rows, source, new AnalysisDataReadOptions { Measure = settings.Measure });
        return read.Dataset ?? throw new BatchLineException(string.Join("; ", read.Problems.Select(p => p.ToString())));
    }

    /// <summary>The index of a column (names compared ignoring case), added at the end when it is new.</summary>
    private static int ColumnOf(List<string> columns, string name)
    {
        var index = columns.FindIndex(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            columns.Add(name);
            index = columns.Count - 1;
        }

        return index;
    }

    private static double[] Numbers(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw new BatchLineException($"\"{name}\" must be an array of numbers");
        }

        var values = new double[element.GetArrayLength()];
        var i = 0;
        foreach (var e in element.EnumerateArray())
        {
            if (e.ValueKind != JsonValueKind.Number || !e.TryGetDouble(out values[i]) || !double.IsFinite(values[i]))
            {
                throw new BatchLineException($"\"{name}\"[{i}] must be a finite number, got {e.GetRawText()}");
            }

            i++;
        }

        return values;
    }

    private static string? Scalar(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => null,
        _ => e.GetRawText(),
    };

    private sealed class BatchLineException(string message) : Exception(message);
}
