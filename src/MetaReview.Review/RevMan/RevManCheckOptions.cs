namespace MetaReview.Review.RevMan;

/// <summary>Tolerances for <see cref="RevManCheck"/>.</summary>
public sealed record RevManCheckOptions
{
    /// <summary>
    /// Relative tolerance against full-precision values (.rm5 files; default 1e-8, <c>Tolerance.ClosedForm</c>):
    /// RevMan and MetaReview compute the same closed-form expressions, so they differ only by rounding.
    /// </summary>
    public double RelativeTolerance { get; init; } = 1e-8;

    /// <summary>Absolute floor for full-precision values near 0 (default 1e-10), e.g. tau² = 0 or tiny p-values.</summary>
    public double AbsoluteTolerance { get; init; } = 1e-10;

    /// <summary>
    /// Relative accuracy of RevMan's own chi-square tail probabilities (default 1e-6): RevMan 5 stored
    /// P = 0.1269422521561745 for Chi² = 9.946055983220074 on 6 df, where the exact value is 0.12694217790629492
    /// (R's <c>pchisq</c>, MetaReview), 5.8e-7 apart. Heterogeneity and subgroup-difference p-values are held to
    /// this, or to the format's rounding when that is looser.
    /// </summary>
    public double ChiSquarePRelativeTolerance { get; init; } = 1e-6;

    /// <summary>Also compare each study's estimate, interval, SE and weight (default true).</summary>
    public bool CompareStudies { get; init; } = true;

    /// <summary>The defaults.</summary>
    public static RevManCheckOptions Default { get; } = new();
}
