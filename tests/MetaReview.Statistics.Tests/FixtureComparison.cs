using System.Globalization;

namespace MetaReview.Statistics.Tests;

/// <summary>
/// Collects every disagreement between MetaReview and a reference fixture, then fails once with all of
/// them, each naming the dataset, model and field. Comparisons are relative with an absolute floor:
/// |actual − expected| ≤ rel·max(|expected|, floor), so values at or near zero (tau² = 0, I² = 0) are
/// compared on the scale of the data rather than relative to zero.
/// </summary>
internal sealed class FixtureComparison(string label)
{
    private readonly List<string> _failures = [];

    public void Close(string field, double? expected, double? actual, double rel, double floor)
    {
        if (expected is null)
        {
            if (actual is { } a)
            {
                _failures.Add($"{field}: metafor gives NA, MetaReview {Format(a)}");
            }

            return;
        }

        if (actual is null)
        {
            _failures.Add($"{field}: expected {Format(expected.Value)}, MetaReview gives null");
            return;
        }

        var e = expected.Value;
        var x = actual.Value;
        if (e.Equals(x))
        {
            return; // also ±Infinity and NaN
        }

        var scale = Math.Max(Math.Abs(e), floor);
        var difference = Math.Abs(x - e);
        if (!(difference <= rel * scale))
        {
            _failures.Add($"{field}: expected {Format(e)}, got {Format(x)} (difference {difference.ToString("E2", CultureInfo.InvariantCulture)}, relative {(difference / scale).ToString("E2", CultureInfo.InvariantCulture)} > {rel.ToString("E0", CultureInfo.InvariantCulture)})");
        }
    }

    public void Equal<T>(string field, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            _failures.Add($"{field}: expected {expected}, got {actual}");
        }
    }

    public void True(string field, bool condition, string message)
    {
        if (!condition)
        {
            _failures.Add($"{field}: {message}");
        }
    }

    public void AssertAll()
    {
        if (_failures.Count > 0)
        {
            Assert.Fail($"{label}: {_failures.Count} disagreement(s) with metafor\n  " + string.Join("\n  ", _failures));
        }
    }

    private static string Format(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
