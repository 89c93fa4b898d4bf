using System.Globalization;
using System.Text.Json;

namespace MetaReview.Records.Screening.Internal;

/// <summary>Small helpers for the one-object-per-line JSON files of a review folder.</summary>
internal static class JsonText
{
    /// <summary>Writes one compact JSON object and returns it as a single line.</summary>
    public static string Line(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            write(json);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>A time as UTC ISO 8601 with milliseconds, e.g. <c>2024-05-01T10:00:00.123Z</c>.</summary>
    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Parses a time written by <see cref="Time"/> (or any ISO 8601 time with an offset).</summary>
    public static bool TryParseTime(string? text, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);

    /// <summary>Writes a string property unless the value is null.</summary>
    public static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>A string property of an object, or null when absent or null; <paramref name="error"/> names a property of another type.</summary>
    public static string? String(JsonElement obj, string name, ref string? error)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            error ??= $"'{name}' must be a string, got {value.ValueKind.ToString().ToLowerInvariant()} {value.GetRawText()}";
            return null;
        }

        return value.GetString();
    }

    /// <summary>An integer property, or null when absent.</summary>
    public static int? Int(JsonElement obj, string name, ref string? error)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            error ??= $"'{name}' must be a whole number, got {value.GetRawText()}";
            return null;
        }

        return number;
    }

    /// <summary>A boolean property, false when absent.</summary>
    public static bool Bool(JsonElement obj, string name, ref string? error)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            error ??= $"'{name}' must be true or false, got {value.GetRawText()}";
            return false;
        }

        return value.GetBoolean();
    }

    /// <summary>Parses a line as a JSON object; null with a message when it is not one.</summary>
    public static JsonDocument? Parse(string line, out string? error)
    {
        try
        {
            var document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = $"expected a JSON object, got {document.RootElement.ValueKind.ToString().ToLowerInvariant()}";
                document.Dispose();
                return null;
            }

            error = null;
            return document;
        }
        catch (JsonException e)
        {
            error = $"not valid JSON ({e.Message.Split(" Path:", 2)[0].TrimEnd('.')})";
            return null;
        }
    }
}
