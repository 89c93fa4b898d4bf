using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Subgroups;

/// <summary>
/// The test for subgroup differences as a moderator test in the mixed-effects model with the subgroup factor and a
/// common residual tau² (Borenstein et al. 2009, ch. 19; metafor <c>rma(yi, vi, mods = ~ factor(group))$QM</c>):
/// χ²(G − 1), or F(G − 1, k − G) under HKSJ. JSON <c>subgroup_test {q, df, p_value, tau2_residual}</c>.
/// </summary>
/// <param name="Q">QM (χ²) or F (HKSJ).</param>
/// <param name="Df">G − 1.</param>
/// <param name="DfDenominator">k − G for the F test; <see langword="null"/> for χ².</param>
/// <param name="PValue">Upper-tail p-value.</param>
/// <param name="Tau2Residual">The common residual tau² of that model (0 for fixed effects).</param>
/// <param name="Test">χ² (Wald) or F (HKSJ).</param>
public sealed record SubgroupDifferenceTest(double Q, int Df, int? DfDenominator, double PValue, double Tau2Residual, TestMethod Test);
