namespace MetaReview.Review.Tests.Project;

/// <summary>Tolerances named by what they measure (as in the statistics tests).</summary>
internal static class Tolerance
{
    /// <summary>Relative tolerance for closed-form results against full-precision R output.</summary>
    public const double ClosedForm = 1e-8;

    /// <summary>Relative tolerance for iterative results (REML).</summary>
    public const double Iterative = 1e-6;

    public static void Relative(double expected, double actual, double rel, string what = "")
    {
        var scale = Math.Max(Math.Abs(expected), 1e-12);
        if (!(Math.Abs(actual - expected) <= rel * scale))
        {
            Assert.Fail($"{what}: expected {expected:R}, got {actual:R} (relative difference {Math.Abs(actual - expected) / scale:E2} > {rel:E0})");
        }
    }
}
