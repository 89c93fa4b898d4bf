using System.Globalization;

namespace MetaReview.Reporting.Plots;

/// <summary>How plots print numbers: invariant culture, counts with comma thousands separators.</summary>
internal static class PlotText
{
    public static string Count(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>"(n = 1,234)", with no-break spaces so that wrapping keeps it together.</summary>
    public static string N(long n) => "(n\u00A0=\u00A0" + Count(n) + ")";

    public static string Percent(double value, int decimals = 0) =>
        value.ToString(decimals == 0 ? "0" : "0." + new string('0', decimals), CultureInfo.InvariantCulture) + "%";
}
