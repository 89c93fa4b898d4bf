namespace MetaReview.Statistics.Tests;

/// <summary>
/// Tolerances named by what they measure (as Math.NET's AssertHelpers and metafor's tests/settings.r):
/// tight against software output generated at full precision, loose against rounded published tables.
/// </summary>
internal static class Tolerance
{
    /// <summary>Relative tolerance for closed-form results against full-precision metafor output.</summary>
    public const double ClosedForm = 1e-8;

    /// <summary>Relative tolerance for iterative results (REML, ML, PM, EB, Q-profile bounds).</summary>
    public const double Iterative = 1e-6;

    /// <summary>Asserts |actual − expected| ≤ rel·max(|expected|, floor).</summary>
    public static void Relative(double expected, double actual, double rel, string what = "", double floor = 1e-12)
    {
        var scale = Math.Max(Math.Abs(expected), floor);
        if (!(Math.Abs(actual - expected) <= rel * scale) && !(double.IsNaN(expected) && double.IsNaN(actual)))
        {
            Assert.Fail($"{what}: expected {expected:R}, got {actual:R} (relative difference {Math.Abs(actual - expected) / scale:E2} > {rel:E0})");
        }
    }

    /// <summary>
    /// Asserts that actual rounds to the published value: |actual − expected| ≤ half a unit in the last
    /// printed digit (<paramref name="decimals"/> decimals).
    /// </summary>
    public static void Published(double expected, double actual, int decimals, string what = "")
    {
        var half = 0.5 * Math.Pow(10, -decimals) * (1 + 1e-9);
        if (!(Math.Abs(actual - expected) <= half))
        {
            Assert.Fail($"{what}: published {expected} ({decimals} decimals), got {actual:R}");
        }
    }
}
