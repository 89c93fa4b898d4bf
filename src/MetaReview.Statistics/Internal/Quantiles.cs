using System.Collections.Concurrent;
using MathNet.Numerics.Distributions;

namespace MetaReview.Statistics.Internal;

/// <summary>
/// Quantiles and tail probabilities of the normal, t and chi-square distributions (MathNet.Numerics).
/// t and chi-square quantiles are cached by (df, p): analyses use a handful of levels and degrees of
/// freedom, and MathNet inverts those distributions iteratively.
/// </summary>
internal static class Quantiles
{
    private static readonly ConcurrentDictionary<(double Df, double P), double> TCache = new();
    private static readonly ConcurrentDictionary<(double Df, double P), double> ChiSquareCache = new();
    private static readonly ConcurrentDictionary<double, double> NormalCache = new();

    /// <summary>Φ⁻¹(p).</summary>
    public static double Normal(double p) => NormalCache.GetOrAdd(p, static q => MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, q));

    /// <summary>The p quantile of Student's t with df degrees of freedom.</summary>
    public static double StudentT(double p, double df) =>
        TCache.GetOrAdd((df, p), static key => MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, key.Df, key.P));

    /// <summary>The p quantile of the chi-square distribution with df degrees of freedom.</summary>
    public static double ChiSquare(double p, double df) =>
        ChiSquareCache.GetOrAdd((df, p), static key => ChiSquared.InvCDF(key.Df, key.P));

    /// <summary>Two-sided p-value of a z statistic, 2·(1 − Φ(|z|)).</summary>
    public static double TwoSidedNormalP(double z) => 2 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, -Math.Abs(z));

    /// <summary>Two-sided p-value of a t statistic with df degrees of freedom.</summary>
    public static double TwoSidedTP(double t, double df) => 2 * MathNet.Numerics.Distributions.StudentT.CDF(0, 1, df, -Math.Abs(t));

    /// <summary>Upper-tail p-value of a chi-square statistic, P(X ≥ x).</summary>
    public static double ChiSquareUpperP(double x, double df) =>
        df <= 0 ? 1 : x <= 0 ? 1 : MathNet.Numerics.SpecialFunctions.GammaUpperRegularized(df / 2, x / 2);

    /// <summary>Upper-tail p-value of an F statistic, P(X ≥ x).</summary>
    public static double FUpperP(double x, double df1, double df2) =>
        x <= 0 ? 1 : MathNet.Numerics.SpecialFunctions.BetaRegularized(df2 / 2, df1 / 2, df2 / (df2 + df1 * x));
}
