using System.Globalization;
using System.Text.RegularExpressions;

namespace MetaReview.Review.RevMan.Internal;

/// <summary>Numbers as RevMan writes them: invariant culture, Java's "1.0E-4", and thousands separators in the CSV export ("1,570").</summary>
internal static partial class RevManNumbers
{
    /// <summary>
    /// Parses a number. Empty text is a missing value (true, null); text that is not a number gives false.
    /// </summary>
    public static bool TryParse(string? text, out double? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var t = text.Trim();
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            value = d;
            return true;
        }

        // RevMan 5's CSV export groups thousands ("1,570"); only the strict pattern is accepted, so a decimal
        // comma ("1,5") is an error rather than a silent 15.
        if (Grouped().IsMatch(t) && double.TryParse(t.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out d))
        {
            value = d;
            return true;
        }

        return false;
    }

    /// <summary>A whole number, or false (e.g. "1.5", "x").</summary>
    public static bool TryParseInt(string? text, out int? value)
    {
        value = null;
        if (!TryParse(text, out var d))
        {
            return false;
        }

        if (d is null)
        {
            return true;
        }

        if (d.Value != Math.Floor(d.Value) || Math.Abs(d.Value) > int.MaxValue)
        {
            return false;
        }

        value = (int)d.Value;
        return true;
    }

    /// <summary>A confidence level written "95", "95%" or "0.95" as a fraction (0.95), or null.</summary>
    public static double? Level(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!TryParse(text.Trim().TrimEnd('%'), out var d) || d is not { } v || !(v > 0) || v >= 100)
        {
            return null;
        }

        return v > 1 ? v / 100 : v;
    }

    [GeneratedRegex(@"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Grouped();
}
