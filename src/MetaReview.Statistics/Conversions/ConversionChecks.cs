using System.Globalization;
using System.Runtime.CompilerServices;

namespace MetaReview.Statistics.Conversions;

/// <summary>
/// The input rules of the conversions and their messages, in one place. Each throws an
/// <see cref="ArgumentException"/> whose message names the argument and quotes the value, e.g.
/// "sd must be a finite number ≥ 0, got -1.2".
/// </summary>
internal static class ConversionChecks
{
    public static void Finite(double value, [CallerArgumentExpression(nameof(value))] string name = "")
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"{name} must be a finite number, got {F(value)}", name);
        }
    }

    public static void NonNegative(double value, [CallerArgumentExpression(nameof(value))] string name = "")
    {
        if (!(value >= 0 && double.IsFinite(value)))
        {
            throw new ArgumentException($"{name} must be a finite number ≥ 0, got {F(value)}", name);
        }
    }

    public static void Positive(double value, [CallerArgumentExpression(nameof(value))] string name = "")
    {
        if (!(value > 0 && double.IsFinite(value)))
        {
            throw new ArgumentException($"{name} must be a finite number > 0, got {F(value)}", name);
        }
    }

    public static void AtLeast(double value, double minimum, [CallerArgumentExpression(nameof(value))] string name = "")
    {
        if (!(value >= minimum && double.IsFinite(value)))
        {
            throw new ArgumentException($"{name} must be a finite number ≥ {F(minimum)}, got {F(value)}", name);
        }
    }

    public static void AtLeast(int value, int minimum, [CallerArgumentExpression(nameof(value))] string name = "")
    {
        if (value < minimum)
        {
            throw new ArgumentException($"{name} must be ≥ {minimum}, got {value}", name);
        }
    }

    /// <summary>0 &lt; value &lt; 1 (confidence levels, P values).</summary>
    public static void OpenUnit(double value, [CallerArgumentExpression(nameof(value))] string name = "")
    {
        if (!(value > 0 && value < 1))
        {
            throw new ArgumentException($"{name} must be between 0 and 1 (exclusive), got {F(value)}", name);
        }
    }

    /// <summary>0 ≤ value &lt; 1 (intracluster correlation).</summary>
    public static void HalfOpenUnit(double value, [CallerArgumentExpression(nameof(value))] string name = "")
    {
        if (!(value >= 0 && value < 1))
        {
            throw new ArgumentException($"{name} must be ≥ 0 and < 1, got {F(value)}", name);
        }
    }

    /// <summary>−1 ≤ value ≤ 1.</summary>
    public static void Correlation(double value, [CallerArgumentExpression(nameof(value))] string name = "")
    {
        if (!(value >= -1 && value <= 1))
        {
            throw new ArgumentException($"{name} must be between -1 and 1, got {F(value)}", name);
        }
    }

    /// <summary>lower ≤ upper, naming both.</summary>
    public static void Ordered(double lower, double upper, [CallerArgumentExpression(nameof(lower))] string lowerName = "", [CallerArgumentExpression(nameof(upper))] string upperName = "")
    {
        if (!(lower <= upper))
        {
            throw new ArgumentException($"{lowerName} ({F(lower)}) must be ≤ {upperName} ({F(upper)})", upperName);
        }
    }

    /// <summary>part ≤ whole (events within a sample size, a cluster within an arm).</summary>
    public static void NotMoreThan(double part, double whole, [CallerArgumentExpression(nameof(part))] string partName = "", [CallerArgumentExpression(nameof(whole))] string wholeName = "")
    {
        if (!(part <= whole))
        {
            throw new ArgumentException($"{partName} ({F(part)}) cannot exceed {wholeName} ({F(whole)})", partName);
        }
    }

    /// <summary>A rule that needs a sentence of its own.</summary>
    public static ArgumentException Invalid(string name, string message) => new(message, name);

    /// <summary>A value as the user gave it (shortest round-trip form, invariant culture).</summary>
    public static string F(double value) => value.ToString(CultureInfo.InvariantCulture);
}
