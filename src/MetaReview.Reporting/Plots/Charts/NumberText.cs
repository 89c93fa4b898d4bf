using System.Globalization;

namespace MetaReview.Reporting.Plots.Charts;

/// <summary>
/// How plots print statistics: invariant culture, a true minus sign (U+2212) and the p-value conventions of
/// RevMan 5 and of the JAMA/BMJ journals.
/// </summary>
internal static class NumberText
{
    public const char Minus = '\u2212';

    /// <summary>A fixed number of decimals, with a true minus and never "−0.00".</summary>
    public static string Fixed(double value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            rounded = 0;
        }

        return WithMinus(rounded.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
    }

    /// <summary>A number as entered (data cells such as means and SDs): up to 4 decimals, no trailing zeros.</summary>
    public static string Plain(double value)
    {
        var rounded = Math.Round(value, 4, MidpointRounding.AwayFromZero);
        return WithMinus((rounded == 0 ? 0 : rounded).ToString("0.####", CultureInfo.InvariantCulture));
    }

    /// <summary>An integer percentage, e.g. "40%".</summary>
    public static string Percent(double value, int decimals = 0) => Fixed(value, decimals) + "%";

    /// <summary>
    /// RevMan 5's p-value: two decimals from 0.01 up ("0.13", "1.00"), one significant digit below ("0.001",
    /// "0.0004") and "&lt; 0.00001" below 0.00001. Returns the text after "P", e.g. "= 0.13" or "&lt; 0.00001".
    /// </summary>
    public static string RevManP(double p)
    {
        if (double.IsNaN(p))
        {
            return "= NA";
        }

        if (p < 0.00001)
        {
            return "< 0.00001";
        }

        if (Math.Round(p, 2, MidpointRounding.AwayFromZero) >= 0.01)
        {
            return "= " + Math.Round(p, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);
        }

        var digits = -(int)Math.Floor(Math.Log10(p));
        var rounded = Math.Round(p, digits, MidpointRounding.AwayFromZero);
        if (rounded >= Math.Pow(10, -digits + 1))
        {
            digits--;
        }

        return "= " + rounded.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The JAMA style p-value, without the leading zero: two decimals from .01 up (".13"), three below (".004"),
    /// "&lt; .001" below .001; "&gt; .99" above .99. Returns the text after "P", e.g. "= .13".
    /// </summary>
    public static string JamaP(double p)
    {
        if (double.IsNaN(p))
        {
            return "= NA";
        }

        if (p < 0.001)
        {
            return "< .001";
        }

        if (p > 0.99)
        {
            return "> .99";
        }

        var text = Math.Round(p, 2, MidpointRounding.AwayFromZero) >= 0.01 && p >= 0.01
            ? Math.Round(p, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture)
            : Math.Round(p, 3, MidpointRounding.AwayFromZero).ToString("0.000", CultureInfo.InvariantCulture);
        return "= " + text[1..];
    }

    public static string WithMinus(string text) => text.Replace('-', Minus);
}
