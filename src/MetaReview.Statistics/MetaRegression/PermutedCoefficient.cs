namespace MetaReview.Statistics.MetaRegression;

/// <summary>A coefficient's observed test statistic and its permutation p-value.</summary>
/// <param name="Name">The coefficient (design column) name.</param>
/// <param name="Statistic">Observed z (or t under HKSJ).</param>
/// <param name="PValue">Share of permutations with |statistic| ≥ |observed| (two-sided; metafor <c>permutest()$pval</c>).</param>
public sealed record PermutedCoefficient(string Name, double Statistic, double PValue);
