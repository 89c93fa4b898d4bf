using System.Text.Json;

namespace MetaReview.Reporting.Tests.Results;

/// <summary>What a result writer writes, captured: JSON properties written into an object, or text with "\n" line ends.</summary>
internal static class Written
{
    /// <summary>The object holding the properties <paramref name="write"/> writes.</summary>
    public static JsonElement Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            write(json);
            json.WriteEndObject();
        }

        return JsonDocument.Parse(stream.ToArray()).RootElement;
    }

    /// <summary>The text <paramref name="write"/> writes.</summary>
    public static string Text(Action<TextWriter> write)
    {
        using var w = new StringWriter { NewLine = "\n" };
        write(w);
        return w.ToString();
    }
}
