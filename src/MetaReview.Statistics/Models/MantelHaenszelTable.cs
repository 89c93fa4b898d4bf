using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Statistics.Models;

/// <summary>
/// One study's 2×2 table: a events and b non-events in the experimental arm (n₁ = a + b), c events and d
/// non-events in the control arm (n₂ = c + d), N = n₁ + n₂, m₁ = a + c events and m₂ = b + d non-events in all.
/// </summary>
internal readonly record struct MantelHaenszelTable(double A, double B, double C, double D)
{
    public double N1 => A + B;

    public double N2 => C + D;

    public double N => A + B + C + D;

    public double M1 => A + C;

    public double M2 => B + D;

    public bool HasZeroCell => A == 0 || B == 0 || C == 0 || D == 0;

    /// <summary>No events in either arm.</summary>
    public bool NoEvents => A == 0 && C == 0;

    /// <summary>Only events in both arms.</summary>
    public bool OnlyEvents => B == 0 && D == 0;

    /// <summary>A double-zero study: no events, or only events, in both arms.</summary>
    public bool IsDoubleZero => NoEvents || OnlyEvents;

    /// <summary>E(a) under the null hypothesis with all margins fixed: n₁m₁/N.</summary>
    public double ExpectedA => N1 * M1 / N;

    /// <summary>The hypergeometric variance of a with all margins fixed: n₁n₂m₁m₂/(N²(N − 1)).</summary>
    public double HypergeometricVariance => N1 * N2 * M1 * M2 / (N * N * (N - 1));

    public static MantelHaenszelTable From(BinaryArms arms) => new(arms.EventsE, arms.NE - arms.EventsE, arms.EventsC, arms.NC - arms.EventsC);

    /// <summary>The table with <paramref name="increment"/> added to each of the four cells.</summary>
    public MantelHaenszelTable Plus(double increment) => new(A + increment, B + increment, C + increment, D + increment);
}
