namespace MetaReview.Reporting.Plots.Forest;

/// <summary>
/// The test for subgroup differences printed under the overall result: the Q statistic between subgroups
/// (RevMan's "Chi²"), its degrees of freedom (subgroups − 1), p-value and I² in percent
/// (Borenstein M, Higgins JPT. Prev Sci 2013;14:134–43; RevMan 5 prints I² with one decimal here).
/// </summary>
public sealed record SubgroupDifferenceTest(double Q, int Df, double PValue, double I2);
