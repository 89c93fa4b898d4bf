namespace MetaReview.Records.Screening.Internal;

/// <summary>Writes CSV rows (RFC 4180: comma-separated, fields with commas, quotes or line breaks quoted, quotes doubled).</summary>
internal static class CsvText
{
    public static void Row(TextWriter writer, params IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                writer.Write(',');
            }

            first = false;
            writer.Write(Field(field));
        }

        writer.Write('\n');
    }

    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
