using System.Buffers;
using System.Globalization;
using System.Text;
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
    private const int BlockSize = 4096;

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
        OutputTarget.Write(context, output, sink => ProgressDisplay.Run(context, "Analysing", progress =>
        {
            using var input = File.OpenRead(path);
            using var reader = new StreamReader(input, Encoding.UTF8);
            var lines = new List<(string Text, int Number)>(BlockSize);
            var number = 0;
            while (true)
            {
                lines.Clear();
                string? text;
                while (lines.Count < BlockSize && (text = reader.ReadLine()) is not null)
                {
                    number++;
                    if (!string.IsNullOrWhiteSpace(text))
                    {
                        lines.Add((text, number));
                    }
                }

                if (lines.Count == 0)
                {
                    break;
                }

                var results = new byte[lines.Count][];
                var errors = 0;
                Parallel.For(0, lines.Count, () => new ArrayBufferWriter<byte>(4096), (i, _, buffer) =>
                {
                    buffer.ResetWrittenCount();
                    if (!Analyse(path, lines[i].Text, lines[i].Number, defaults, buffer))
                    {
                        Interlocked.Increment(ref errors);
                    }

                    results[i] = buffer.WrittenSpan.ToArray();
                    return buffer;
                }, _ => { });
                foreach (var r in results)
                {
                    sink.Write(r);
                    sink.WriteByte((byte)'\n');
                }

                failed += errors;
                total += lines.Count;
                progress?.Report(input.Length == 0 ? 1 : (double)input.Position / input.Length);
            }

            return 0;
        }));

        if (failed > 0)
        {
            context.Error.WriteLine($"metareview: {failed} of {total} batch lines could not be analysed; see their \"error\" fields.");
            return CliApp.InputError;
        }

        return CliApp.Success;
    }

    /// <summary>Analyses one line into <paramref name="buffer"/>; false when the line was bad (an error object was written).</summary>
    private static bool Analyse(string path, string line, int number, IReadOnlyList<KeyValuePair<string, string?>> defaults, ArrayBufferWriter<byte> buffer)
    {
        string? id = null;
        using var json = new Utf8JsonWriter(buffer);
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
            return true;
        }
        catch (Exception e) when (e is JsonException or BatchLineException or AnalysisException or ArgumentException)
        {
            json.Reset();
            buffer.ResetWrittenCount();
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
            return false;
        }
        finally
        {
            json.Flush();
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

            studies[i] = new StudyInput(labels?[i] ?? $"Study {i + 1}", new GenericData(yi[i], vi[i]));
        }

        return (studies, settings.Measure ?? EffectMeasure.GEN);
    }

    /// <summary>The "studies" array as a CSV in memory, read and validated exactly as a data file is.</summary>
    private static AnalysisDataset FromTable(JsonElement table, AnalysisSettings settings, string source)
    {
        if (table.ValueKind != JsonValueKind.Array)
        {
            throw new BatchLineException("\"studies\" must be an array of objects");
        }

        var columns = new List<string>();
        foreach (var row in table.EnumerateArray())
        {
            if (row.ValueKind != JsonValueKind.Object)
            {
                throw new BatchLineException("\"studies\" must be an array of objects");
            }

            foreach (var p in row.EnumerateObject())
            {
                if (!columns.Contains(p.Name, StringComparer.OrdinalIgnoreCase))
                {
                    columns.Add(p.Name);
                }
            }
        }

        var csv = new StringBuilder();
        csv.AppendLine(string.Join(',', columns.Select(Quote)));
        foreach (var row in table.EnumerateArray())
        {
            csv.AppendLine(string.Join(',', columns.Select(c => row.TryGetProperty(c, out var v) ? Quote(Scalar(v) ?? "") : "")));
        }

        var read = AnalysisDataReader.ReadCsv(Encoding.UTF8.GetBytes(csv.ToString()), source, new AnalysisDataReadOptions { Measure = settings.Measure });
        return read.Dataset ?? throw new BatchLineException(string.Join("; ", read.Problems.Select(p => p.ToString())));
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

    private static string Quote(string s) =>
        s.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

    private sealed class BatchLineException(string message) : Exception(message);
}
