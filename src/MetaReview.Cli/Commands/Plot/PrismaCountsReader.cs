using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using MetaReview.Reporting.Plots.Prisma;

namespace MetaReview.Cli.Commands.Plot;

/// <summary>
/// Reads the counts of a PRISMA 2020 flow diagram from CSV (columns field, name, count: one row per number) or JSON
/// (an object with the same field names). Every problem in the file is listed in one input error (exit code 2).
/// </summary>
internal static class PrismaCountsReader
{
    /// <summary>Fields with one number.</summary>
    public static readonly ImmutableArray<string> Scalars =
    [
        "duplicates_removed", "marked_ineligible_by_automation", "removed_for_other_reasons", "records_screened", "records_excluded",
        "reports_sought", "reports_not_retrieved", "reports_assessed", "studies_included", "reports_of_included_studies",
        "other_reports_sought", "other_reports_not_retrieved", "other_reports_assessed",
    ];

    /// <summary>Fields with one row per source or reason (CSV: one row each, the source or reason in 'name').</summary>
    public static readonly ImmutableArray<string> Lists = ["database", "register", "reports_excluded", "other_source", "other_reports_excluded"];

    private static readonly string[] Required = ["records_screened", "records_excluded", "reports_sought", "reports_not_retrieved", "reports_assessed", "studies_included"];

    public static PrismaCounts Read(string path)
    {
        var fields = new Fields(path);
        if (string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase))
        {
            ReadJson(path, fields);
        }
        else
        {
            ReadCsv(DelimitedTable.Read(path), fields);
        }

        return fields.Build();
    }

    private static void ReadCsv(DelimitedTable table, Fields fields)
    {
        var field = table.IndexOf("field", "item", "box");
        var name = table.IndexOf("name", "source", "reason", "label");
        var count = table.IndexOf("count", "n", "records");
        if (field < 0 || count < 0)
        {
            throw new CliInputException($"{table.Source}:1: the header needs the columns 'field', 'name' and 'count', got {string.Join(", ", table.Header.Select(h => "'" + h + "'"))}.");
        }

        foreach (var row in table.Rows)
        {
            var where = $"{table.Source}:{row.Line}";
            var key = row[field] is { } f ? Normalise(f) : null;
            if (key is null)
            {
                fields.Problem($"{where}: column '{table.Header[field]}': the field is missing.");
                continue;
            }

            var text = row[count];
            int? value = text is null ? null : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
            if (value is null)
            {
                fields.Problem($"{where}: column '{table.Header[count]}' ({key}): must be a whole number >= 0, got '{text ?? string.Empty}'.");
                continue;
            }

            fields.Add(key, name >= 0 ? row[name] : null, value.Value, $"{where}: {key}");
        }
    }

    private static void ReadJson(string path, Fields fields)
    {
        if (!File.Exists(path))
        {
            throw new CliInputException($"metareview: file '{path}' not found.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new CliInputException($"{path}:{(e.LineNumber ?? 0) + 1}: not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new CliInputException($"{path}: the counts must be a JSON object ({{\"records_screened\": 139, ...}}), got {document.RootElement.ValueKind}.");
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                var key = Normalise(property.Name);
                if (key == "other_methods" && property.Value.ValueKind == JsonValueKind.Object)
                {
                    foreach (var inner in property.Value.EnumerateObject())
                    {
                        var innerKey = Normalise(inner.Name);
                        JsonField(path, fields, "other_" + (innerKey == "sources" ? "source" : innerKey), inner.Value, $"$.{property.Name}.{inner.Name}");
                    }
                }
                else
                {
                    JsonField(path, fields, key switch { "databases" => "database", "registers" => "register", _ => key }, property.Value, "$." + property.Name);
                }
            }
        }
    }

    private static void JsonField(string path, Fields fields, string key, JsonElement value, string jsonPath)
    {
        var where = $"{path}: {jsonPath}";
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return;
            case JsonValueKind.Number when value.TryGetInt32(out var n) && n >= 0:
                fields.Add(key, null, n, where);
                return;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    var itemWhere = $"{where}[{i++}]";
                    var name = item.ValueKind == JsonValueKind.Object
                        ? item.EnumerateObject().FirstOrDefault(p => Normalise(p.Name) is "name" or "reason" or "source").Value
                        : default;
                    var count = item.ValueKind == JsonValueKind.Object ? item.EnumerateObject().FirstOrDefault(p => Normalise(p.Name) is "count" or "n").Value : default;
                    if (count.ValueKind == JsonValueKind.Number && count.TryGetInt32(out var c) && c >= 0)
                    {
                        fields.Add(key, name.ValueKind == JsonValueKind.String ? name.GetString() : null, c, itemWhere);
                    }
                    else
                    {
                        fields.Problem($"{itemWhere}: each entry needs a name (or reason) and a whole-number count >= 0, e.g. {{\"name\": \"MEDLINE\", \"count\": 120}}.");
                    }
                }

                return;
            default:
                fields.Problem($"{where}: must be a whole number >= 0{(Lists.Contains(key) ? " or a list of {\"name\": ..., \"count\": ...}" : string.Empty)}, got {value.GetRawText()}.");
                return;
        }
    }

    private static string Normalise(string name) => string.Join('_', name.Trim().ToLowerInvariant().Split([' ', '-', '_', '.'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The numbers found so far, where each came from, and the problems.</summary>
    private sealed class Fields(string source)
    {
        private readonly Dictionary<string, (int Value, string Where)> _scalars = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<(string? Name, int Count)>> _lists = new(StringComparer.Ordinal);
        private readonly List<string> _problems = [];

        public void Problem(string message) => _problems.Add(message);

        public void Add(string key, string? name, int value, string where)
        {
            if (Lists.Contains(key))
            {
                if (name is null && key is "reports_excluded" or "other_source" or "other_reports_excluded")
                {
                    Problem($"{where}: give the {(key == "other_source" ? "source" : "reason")} in 'name'.");
                    return;
                }

                if (!_lists.TryGetValue(key, out var list))
                {
                    _lists[key] = list = [];
                }

                list.Add((name, value));
            }
            else if (Scalars.Contains(key))
            {
                if (_scalars.TryGetValue(key, out var first))
                {
                    Problem($"{where}: {key} is given twice (first at {first.Where}).");
                    return;
                }

                _scalars[key] = (value, where);
            }
            else
            {
                Problem($"{where}: unknown field '{key}'; the fields are {string.Join(", ", Lists.Concat(Scalars))}.");
            }
        }

        public PrismaCounts Build()
        {
            foreach (var key in Required.Where(k => !_scalars.ContainsKey(k)))
            {
                Problem($"{source}: {key} is missing.");
            }

            if (!_lists.ContainsKey("database"))
            {
                Problem($"{source}: database is missing (one row per database, or one row with an empty name for the total).");
            }

            var other = _lists.ContainsKey("other_source") || _scalars.Keys.Any(k => k.StartsWith("other_", StringComparison.Ordinal)) || _lists.ContainsKey("other_reports_excluded");
            if (other)
            {
                foreach (var key in new[] { "other_reports_sought", "other_reports_not_retrieved", "other_reports_assessed" }.Where(k => !_scalars.ContainsKey(k)))
                {
                    Problem($"{source}: {key} is missing (the other-methods column needs it).");
                }

                if (!_lists.ContainsKey("other_source"))
                {
                    Problem($"{source}: other_source is missing (the other-methods column needs at least one source, e.g. 'Citation searching').");
                }
            }

            if (_problems.Count > 0)
            {
                _problems.Add($"{_problems.Count} problem{(_problems.Count == 1 ? string.Empty : "s")} in '{source}'; nothing was drawn.");
                throw new CliInputException(string.Join(Environment.NewLine, _problems));
            }

            int? Scalar(string key) => _scalars.TryGetValue(key, out var v) ? v.Value : null;
            ImmutableArray<SourceCount> Sources(string key) => _lists.TryGetValue(key, out var l) ? [.. l.Select(x => new SourceCount(x.Name, x.Count))] : [];
            ImmutableArray<ReasonCount> Reasons(string key) => _lists.TryGetValue(key, out var l) ? [.. l.Select(x => new ReasonCount(x.Name!, x.Count))] : [];
            return new PrismaCounts
            {
                Databases = Sources("database"),
                Registers = Sources("register"),
                DuplicatesRemoved = Scalar("duplicates_removed"),
                MarkedIneligibleByAutomation = Scalar("marked_ineligible_by_automation"),
                RemovedForOtherReasons = Scalar("removed_for_other_reasons"),
                RecordsScreened = Scalar("records_screened")!.Value,
                RecordsExcluded = Scalar("records_excluded")!.Value,
                ReportsSought = Scalar("reports_sought")!.Value,
                ReportsNotRetrieved = Scalar("reports_not_retrieved")!.Value,
                ReportsAssessed = Scalar("reports_assessed")!.Value,
                ReportsExcluded = Reasons("reports_excluded"),
                StudiesIncluded = Scalar("studies_included")!.Value,
                ReportsOfIncludedStudies = Scalar("reports_of_included_studies"),
                OtherMethods = other
                    ? new PrismaOtherMethods
                    {
                        Sources = Sources("other_source"),
                        ReportsSought = Scalar("other_reports_sought")!.Value,
                        ReportsNotRetrieved = Scalar("other_reports_not_retrieved")!.Value,
                        ReportsAssessed = Scalar("other_reports_assessed")!.Value,
                        ReportsExcluded = Reasons("other_reports_excluded"),
                    }
                    : null,
            };
        }
    }
}
