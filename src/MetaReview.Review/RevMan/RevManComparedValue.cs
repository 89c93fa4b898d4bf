namespace MetaReview.Review.RevMan;

/// <summary>One value RevMan stored next to MetaReview's.</summary>
/// <param name="Quantity">What it is: Estimate, CiLower, CiUpper, Z, PValue, Q (RevMan's Chi²), QDf, QP, I2, Tau2; for a study "ISIS-2: Weight"; for the test for subgroup differences "Subgroups: Q".</param>
/// <param name="RevMan">RevMan's value (ratio measures on the ratio scale; Z as an absolute value).</param>
/// <param name="MetaReview">MetaReview's value on the same scale.</param>
/// <param name="Allowed">The largest absolute difference that passes.</param>
public sealed record RevManComparedValue(string Quantity, double RevMan, double MetaReview, double Allowed)
{
    /// <summary>|MetaReview − RevMan|.</summary>
    public double Difference => Math.Abs(MetaReview - RevMan);

    /// <summary>|MetaReview − RevMan| / |RevMan|; the absolute difference when RevMan's value is 0.</summary>
    public double RelativeDifference => RevMan == 0 ? Difference : Difference / Math.Abs(RevMan);

    /// <summary>How much of the tolerance the difference uses: |MetaReview − RevMan| / <see cref="Allowed"/> (pass ≤ 1).</summary>
    public double ToleranceUsed => Allowed > 0 ? Difference / Allowed : Difference == 0 ? 0 : double.PositiveInfinity;

    /// <summary>True when the difference is within <see cref="Allowed"/> (NaN on both sides also passes).</summary>
    public bool Pass => Difference <= Allowed || (double.IsNaN(RevMan) && double.IsNaN(MetaReview));
}
