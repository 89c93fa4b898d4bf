using System.Text.Json;

namespace MetaReview.Review.RevMan.Conversion;

/// <summary>
/// <c>revman-results.json</c>: RevMan's stored results of an imported review (<see cref="RevManStoredResults"/>), at the
/// precision RevMan stored them, with the project's ids. Keys are snake case, in the vocabulary of MetaReview's JSON
/// output (<c>estimate</c>, <c>ci_lower</c>, <c>q</c>, <c>q_df</c>, <c>q_p</c>, <c>i2</c>, <c>tau2</c>); a value RevMan did
/// not store is <c>null</c>. docs/revman.md shows the layout.
/// </summary>
public static class RevManResultsFile
{
    /// <summary>The file's name in a project folder.</summary>
    public const string FileName = "revman-results.json";

    private static readonly (RevManFormat Format, string Name)[] Formats =
        [(RevManFormat.Rm5, "rm5"), (RevManFormat.AnalysisCsv, "revman5-csv"), (RevManFormat.DataPackage, "data-package")];

    /// <summary>Writes the results as indented UTF-8 JSON.</summary>
    public static void Write(RevManStoredResults results, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteNumber("file_version", 1);
        w.WriteString("source", results.Source);
        w.WriteString("format", Formats.First(f => f.Format == results.Format).Name);
        w.WriteString("revman_version", results.RevManVersion);
        Number(w, "stored_decimals", results.StoredDecimals);
        w.WriteStartArray("outcomes");
        foreach (var o in results.Outcomes)
        {
            WriteOutcome(w, o);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>Reads a project's results file.</summary>
    /// <exception cref="InvalidDataException">When the file is not valid JSON or lacks a key; the message names the file and the key.</exception>
    public static RevManStoredResults Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads results from a stream; <paramref name="name"/> names it in messages.</summary>
    /// <exception cref="InvalidDataException">When the text is not valid JSON or lacks a key; the message names the file and the key.</exception>
    public static RevManStoredResults Read(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        try
        {
            using var document = JsonDocument.Parse(stream);
            var root = document.RootElement;
            var format = Text(root, "format", name);
            return new RevManStoredResults
            {
                Source = Text(root, "source", name),
                Format = Formats.FirstOrDefault(f => f.Name == format) is { Name: not null } found
                    ? found.Format
                    : throw new InvalidDataException($"{name}: 'format' is '{format}'; expected rm5, revman5-csv or data-package."),
                RevManVersion = OptionalText(root, "revman_version"),
                StoredDecimals = (int?)Number(root, "stored_decimals"),
                Outcomes = [.. Array(root, "outcomes", name).Select(o => ReadOutcome(o, name))],
            };
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{name}:{e.LineNumber + 1}: not valid JSON: {e.Message}", e);
        }
    }

    private static void WriteOutcome(Utf8JsonWriter w, RevManStoredOutcome o)
    {
        w.WriteStartObject();
        w.WriteString("outcome", o.Outcome);
        w.WriteNumber("comparison_number", o.ComparisonNumber);
        w.WriteString("comparison_name", o.ComparisonName);
        w.WriteNumber("number", o.Number);
        w.WriteString("name", o.Name);
        w.WriteString("analysis", o.Analysis);
        w.WriteString("effect_measure", o.EffectMeasure);
        w.WriteBoolean("log_scale", o.LogScale);
        w.WriteString("subgroup_characteristic", o.SubgroupCharacteristic);
        WriteResults(w, "results", o.Results);
        WriteTest(w, "subgroup_differences", o.SubgroupDifferences);
        w.WriteStartArray("subgroups");
        foreach (var s in o.Subgroups)
        {
            w.WriteStartObject();
            w.WriteNumber("number", s.Number);
            w.WriteString("name", s.Name);
            WriteResults(w, "results", s.Results);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("studies");
        foreach (var s in o.Studies)
        {
            w.WriteStartObject();
            w.WriteString("study", s.Study);
            w.WriteString("name", s.Name);
            w.WriteString("subgroup", s.Subgroup);
            Number(w, "estimate", s.Result.Estimate);
            Number(w, "ci_lower", s.Result.CiLower);
            Number(w, "ci_upper", s.Result.CiUpper);
            Number(w, "se", s.Result.StandardError);
            Number(w, "weight", s.Result.Weight);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteResults(Utf8JsonWriter w, string key, RevManResults? r)
    {
        if (r is null)
        {
            w.WriteNull(key);
            return;
        }

        w.WriteStartObject(key);
        Number(w, "estimate", r.Estimate);
        Number(w, "ci_lower", r.CiLower);
        Number(w, "ci_upper", r.CiUpper);
        Number(w, "z", r.Z);
        Number(w, "p_value", r.PValue);
        Number(w, "q", r.Heterogeneity?.Chi2);
        Number(w, "q_df", r.Heterogeneity?.Df);
        Number(w, "q_p", r.Heterogeneity?.P);
        Number(w, "i2", r.Heterogeneity?.I2);
        Number(w, "tau2", r.Tau2);
        Number(w, "weight", r.Weight);
        Number(w, "k", r.Studies);
        Number(w, "events_e", r.EventsE);
        Number(w, "n_e", r.NE);
        Number(w, "events_c", r.EventsC);
        Number(w, "n_c", r.NC);
        w.WriteEndObject();
    }

    private static void WriteTest(Utf8JsonWriter w, string key, RevManHeterogeneity? h)
    {
        if (h is null)
        {
            w.WriteNull(key);
            return;
        }

        w.WriteStartObject(key);
        Number(w, "q", h.Chi2);
        Number(w, "q_df", h.Df);
        Number(w, "q_p", h.P);
        Number(w, "i2", h.I2);
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string key, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            w.WriteNumber(key, v);
        }
        else
        {
            w.WriteNull(key);
        }
    }

    private static RevManStoredOutcome ReadOutcome(JsonElement o, string name) => new()
    {
        Outcome = Text(o, "outcome", name),
        ComparisonNumber = (int)(Number(o, "comparison_number") ?? throw Missing(name, "comparison_number")),
        ComparisonName = Text(o, "comparison_name", name),
        Number = (int)(Number(o, "number") ?? throw Missing(name, "number")),
        Name = Text(o, "name", name),
        Analysis = Text(o, "analysis", name),
        EffectMeasure = Text(o, "effect_measure", name),
        LogScale = o.TryGetProperty("log_scale", out var log) && log.ValueKind == JsonValueKind.True,
        SubgroupCharacteristic = OptionalText(o, "subgroup_characteristic"),
        Results = ReadResults(o, "results"),
        SubgroupDifferences = o.TryGetProperty("subgroup_differences", out var t) && t.ValueKind == JsonValueKind.Object ? ReadTest(t) : null,
        Subgroups = [.. Array(o, "subgroups", name).Select(s => new RevManStoredSubgroup((int)(Number(s, "number") ?? 0), Text(s, "name", name), ReadResults(s, "results")))],
        Studies =
        [
            .. Array(o, "studies", name).Select(s => new RevManStoredStudy(Text(s, "study", name), Text(s, "name", name), OptionalText(s, "subgroup"),
                new RevManStudyResult(Number(s, "estimate"), Number(s, "ci_lower"), Number(s, "ci_upper"), Number(s, "se"), Number(s, "weight")))),
        ],
    };

    private static RevManResults? ReadResults(JsonElement parent, string key)
    {
        if (!parent.TryGetProperty(key, out var r) || r.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return new RevManResults
        {
            Estimate = Number(r, "estimate"),
            CiLower = Number(r, "ci_lower"),
            CiUpper = Number(r, "ci_upper"),
            Z = Number(r, "z"),
            PValue = Number(r, "p_value"),
            Heterogeneity = Number(r, "q") is null && Number(r, "q_df") is null && Number(r, "q_p") is null && Number(r, "i2") is null ? null : ReadTest(r),
            Tau2 = Number(r, "tau2"),
            Weight = Number(r, "weight"),
            Studies = (int?)Number(r, "k"),
            EventsE = Number(r, "events_e"),
            NE = Number(r, "n_e"),
            EventsC = Number(r, "events_c"),
            NC = Number(r, "n_c"),
        };
    }

    private static RevManHeterogeneity ReadTest(JsonElement e) =>
        new(Number(e, "q"), (int?)Number(e, "q_df"), Number(e, "q_p"), Number(e, "i2"));

    private static double? Number(JsonElement e, string key) =>
        e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static string Text(JsonElement e, string key, string name) =>
        OptionalText(e, key) ?? throw Missing(name, key);

    private static string? OptionalText(JsonElement e, string key) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IEnumerable<JsonElement> Array(JsonElement e, string key, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().ToList()
            : throw Missing(name, key);

    private static InvalidDataException Missing(string name, string key) =>
        new($"{name}: the key '{key}' is missing or has the wrong type; this file is written by 'metareview import revman'.");
}
