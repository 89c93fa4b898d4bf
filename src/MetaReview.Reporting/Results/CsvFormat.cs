using System.Globalization;

namespace MetaReview.Reporting.Results;

/// <summary>Cells of the CSV outputs: numbers at full precision in the invariant culture ("NA" when not finite), text quoted when needed (RFC 4180).</summary>
internal static class CsvFormat
{
    /// <summary>The shortest round-trip form, or "NA".</summary>
    public static string Number(double? x) => x is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "NA";

    /// <summary>The text, in double quotes (inner quotes doubled) when it holds a comma, quote or line break.</summary>
    public static string Text(string s) =>
        s.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

    /// <summary>One CSV line from its cells.</summary>
    public static string Line(params string[] cells) => string.Join(',', cells);
}
