using System.Globalization;

namespace MetaReview.Reporting.Results;

/// <summary>Number formatting for human-readable output: invariant culture, fixed decimals, p-values as journals print them.</summary>
public static class NumberFormat
{
    /// <summary>A number with <paramref name="decimals"/> decimals ("NA" when not finite).</summary>
    public static string Fixed(double value, int decimals = 4) =>
        double.IsFinite(value) ? value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : "NA";

    /// <summary>A p-value: "&lt;.0001" below 0.0001, otherwise 4 decimals without the leading zero.</summary>
    public static string PValue(double p)
    {
        if (!double.IsFinite(p))
        {
            return "NA";
        }

        if (p < 0.0001)
        {
            return "<.0001";
        }

        var s = p.ToString("F4", CultureInfo.InvariantCulture);
        return s.StartsWith("0.", StringComparison.Ordinal) ? s[1..] : s;
    }

    /// <summary>A p-value after a test statistic: "= .0123", or "&lt; .0001".</summary>
    public static string PText(double p)
    {
        var s = PValue(p);
        return s.StartsWith('<') ? "< " + s[1..] : "= " + s;
    }

    /// <summary>An interval as "[lower, upper]".</summary>
    public static string Interval(double lower, double upper, int decimals = 4) => $"[{Fixed(lower, decimals)}, {Fixed(upper, decimals)}]";

    /// <summary>A confidence level as a percentage, e.g. "95%".</summary>
    public static string Level(double level) => (100 * level).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
