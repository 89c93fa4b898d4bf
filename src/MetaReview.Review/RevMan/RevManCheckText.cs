using System.Globalization;

namespace MetaReview.Review.RevMan;

/// <summary>
/// A plain-text account of a <see cref="RevManCheckReport"/>: per outcome and subgroup the verdict, RevMan's and
/// MetaReview's pooled results on one line each, the largest relative difference, and the values that failed.
/// Numbers in the invariant culture.
/// </summary>
public static class RevManCheckText
{
    /// <summary>Writes the report.</summary>
    public static void Write(RevManCheckReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine($"RevMan check of {report.Source} ({Format(report.Format)})");
        writer.WriteLine($"Tolerance: {report.Tolerance}");
        foreach (var row in report.Rows)
        {
            writer.WriteLine();
            writer.WriteLine($"{row.Label} — {row.Analysis}");
            writer.WriteLine($"  {Verdict(row)}");
            if (row.RevMan is { } r && row.Status is RevManCheckStatus.Pass or RevManCheckStatus.Fail)
            {
                writer.WriteLine($"  RevMan      {Line(r)}");
            }

            if (row.MetaReview is { } m)
            {
                writer.WriteLine($"  MetaReview  {Line(m)}");
            }

            foreach (var f in row.Failures)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  FAIL {f.Quantity}: RevMan {N(f.RevMan)}, MetaReview {N(f.MetaReview)}, difference {f.Difference:0.##e0} > allowed {f.Allowed:0.##e0}"));
            }
        }

        writer.WriteLine();
        writer.WriteLine($"{report.Rows.Length} checked: {report.Passed} pass, {report.Failed} fail, {report.NotStored} without stored results, {report.Skipped} skipped.");
    }

    private static string Verdict(RevManCheckRow row) => row.Status switch
    {
        RevManCheckStatus.Pass => string.Create(CultureInfo.InvariantCulture,
            $"pass: {row.Values.Length} values agree; largest relative difference {row.Largest!.RelativeDifference:0.##e0} ({row.Largest.Quantity})"),
        RevManCheckStatus.Fail => $"FAIL: {row.Failures.Count()} of {row.Values.Length} values {row.Reason}",
        RevManCheckStatus.NotStored => $"not compared: {row.Reason}",
        _ => $"skipped: {row.Reason}",
    };

    private static string Line(RevManResults r)
    {
        var parts = new List<string>();
        if (r.Estimate is { } e)
        {
            parts.Add($"{N(e)} [{N(r.CiLower)}, {N(r.CiUpper)}]");
        }

        if (r.Heterogeneity is { } h && h.Chi2 is not null)
        {
            parts.Add($"Chi² {N(h.Chi2)}, df {h.Df?.ToString(CultureInfo.InvariantCulture) ?? "–"}, P {N(h.P)}, I² {N(h.I2)}%");
        }

        if (r.Tau2 is { } t)
        {
            parts.Add($"Tau² {N(t)}");
        }

        if (r.Z is { } z)
        {
            parts.Add($"Z {N(z)}, P {N(r.PValue)}");
        }

        return string.Join("; ", parts);
    }

    private static string N(double? value) => value switch
    {
        null => "–",
        { } v when Math.Abs(v) is >= 1e-4 and < 1e6 || v == 0 => v.ToString("0.########", CultureInfo.InvariantCulture),
        { } v => v.ToString("0.########e0", CultureInfo.InvariantCulture),
    };

    private static string Format(RevManFormat format) => format switch
    {
        RevManFormat.Rm5 => "RevMan 5 review",
        RevManFormat.AnalysisCsv => "RevMan 5 CSV export",
        _ => "Cochrane data package",
    };
}
