using System.Collections.Immutable;
using System.Globalization;
using MetaReview.Records.Screening.Internal;

namespace MetaReview.Records.Screening;

/// <summary>
/// The imports manifest, <c>DIR/records/imports.jsonl</c>: one JSON object per imported export file, appended
/// and never rewritten. Its lines are <see cref="ImportEntry"/> values (schema in docs/screening.md).
/// </summary>
public static class ImportsManifest
{
    /// <summary>Reads the manifest; a missing file has no entries.</summary>
    public static (ImmutableArray<ImportEntry> Entries, ImmutableArray<JournalProblem> Problems) Read(string path)
    {
        var entries = ImmutableArray.CreateBuilder<ImportEntry>();
        var problems = ImmutableArray.CreateBuilder<JournalProblem>();
        var name = path;
        foreach (var line in JsonLinesFile.Read(path))
        {
            var entry = Parse(line.Text, out var error);
            if (entry is null)
            {
                problems.Add(new JournalProblem(name, line.Number, line.Terminated ? $"{error}; import entry skipped" : $"the last entry is incomplete ({error}); it is ignored", !line.Terminated));
            }
            else
            {
                entries.Add(entry);
            }
        }

        return (entries.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>Appends entries under one lock, flushed to disk.</summary>
    public static void Append(string path, IEnumerable<ImportEntry> entries) =>
        JsonLinesFile.AppendAll(path, [.. entries.Select(Format)]);

    /// <summary>The JSON line of an entry.</summary>
    public static string Format(ImportEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return JsonText.Line(json =>
        {
            json.WriteString("file", entry.File);
            json.WriteString("original", entry.Original);
            json.WriteString("sha256", entry.Sha256);
            json.WriteNumber("bytes", entry.Bytes);
            json.WriteString("format", entry.Format.ToString());
            if (entry.FormatGiven)
            {
                json.WriteBoolean("format_given", true);
            }

            JsonText.Optional(json, "database", entry.Database);
            json.WriteString("source", entry.Source == SourceKind.Register ? "register" : "database");
            json.WriteString("imported_at", JsonText.Time(entry.ImportedAt));
            json.WriteNumber("read", entry.Read);
            json.WriteNumber("imported", entry.Imported);
            json.WriteNumber("skipped", entry.Skipped);
            json.WriteNumber("errors", entry.Errors);
            json.WriteNumber("warnings", entry.Warnings);
            json.WriteStartObject("by_database");
            foreach (var (database, count) in entry.ByDatabase)
            {
                json.WriteNumber(database, count);
            }

            json.WriteEndObject();
        });
    }

    /// <summary>Parses one manifest line; null with a message when it is not a valid entry.</summary>
    public static ImportEntry? Parse(string line, out string? error)
    {
        using var document = JsonText.Parse(line, out error);
        if (document is null)
        {
            return null;
        }

        var root = document.RootElement;
        string? problem = null;
        var file = JsonText.String(root, "file", ref problem);
        var original = JsonText.String(root, "original", ref problem);
        var sha = JsonText.String(root, "sha256", ref problem);
        var formatText = JsonText.String(root, "format", ref problem);
        var formatGiven = JsonText.Bool(root, "format_given", ref problem);
        var database = JsonText.String(root, "database", ref problem);
        var source = JsonText.String(root, "source", ref problem);
        var time = JsonText.String(root, "imported_at", ref problem);
        var imported = JsonText.Int(root, "imported", ref problem);
        var skipped = JsonText.Int(root, "skipped", ref problem);
        var errors = JsonText.Int(root, "errors", ref problem) ?? 0;
        var warnings = JsonText.Int(root, "warnings", ref problem) ?? 0;
        long bytes = 0;
        if (root.TryGetProperty("bytes", out var b) && !b.TryGetInt64(out bytes))
        {
            problem ??= $"'bytes' must be a whole number, got {b.GetRawText()}";
        }

        var byDatabase = ImmutableSortedDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        if (root.TryGetProperty("by_database", out var counts) && counts.ValueKind == System.Text.Json.JsonValueKind.Object)
        {
            foreach (var property in counts.EnumerateObject())
            {
                if (property.Value.TryGetInt32(out var n))
                {
                    byDatabase[property.Name] = n;
                }
            }
        }

        problem ??= file is null ? "'file' is missing" : sha is null ? "'sha256' is missing" : imported is null ? "'imported' is missing"
            : skipped is null ? "'skipped' is missing" : null;
        if (problem is null && !Enum.TryParse<RecordFormat>(formatText, ignoreCase: true, out _))
        {
            problem = $"'format' must be one of {string.Join(", ", Enum.GetNames<RecordFormat>())}, got '{formatText}'";
        }

        DateTimeOffset importedAt = default;
        if (problem is null && !JsonText.TryParseTime(time, out importedAt))
        {
            problem = $"'imported_at' must be a UTC time in ISO 8601 form, got '{time}'";
        }

        if (problem is not null)
        {
            error = problem;
            return null;
        }

        return new ImportEntry
        {
            File = file!,
            Original = original ?? file!,
            Sha256 = sha!,
            Bytes = bytes,
            Format = Enum.Parse<RecordFormat>(formatText!, ignoreCase: true),
            FormatGiven = formatGiven,
            Database = database,
            Source = string.Equals(source, "register", StringComparison.OrdinalIgnoreCase) ? SourceKind.Register : SourceKind.Database,
            ImportedAt = importedAt,
            Imported = imported!.Value,
            Skipped = skipped!.Value,
            Errors = errors,
            Warnings = warnings,
            ByDatabase = byDatabase.ToImmutable(),
        };
    }

    /// <summary>"2024-05-01 10:00 UTC", for messages.</summary>
    internal static string Display(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
