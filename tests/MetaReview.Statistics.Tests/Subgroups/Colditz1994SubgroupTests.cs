using MetaReview.Statistics.Models;
using MetaReview.Statistics.Subgroups;
using MetaReview.Statistics.Tests.MetaRegression;

namespace MetaReview.Statistics.Tests.Subgroups;

/// <summary>
/// Subgroups of the BCG trials (Colditz et al. 1994) by method of treatment allocation, REML within subgroups, as in
/// docs/METHODS-REFERENCE.md §3: alternate −0.5408 (k 2), random −0.9710 (k 7), systematic −0.4242 (k 4).
/// </summary>
public class Colditz1994SubgroupTests
{
    [Fact]
    public void ByAllocation_Reml_MatchesPublished()
    {
        var (yi, vi) = BcgModerators.LogRiskRatios();
        var result = SubgroupAnalysis.Fit(yi, vi, BcgModerators.Alloc);
        Assert.Equal(["alternate", "random", "systematic"], result.Subgroups.Select(s => s.Name));
        Assert.Equal([2, 7, 4], result.Subgroups.Select(s => s.K));
        Tolerance.Published(-0.5408, result.Subgroups[0].Estimate, 4, "alternate");
        Tolerance.Published(-0.9710, result.Subgroups[1].Estimate, 4, "random");
        Tolerance.Published(-0.4242, result.Subgroups[2].Estimate, 4, "systematic");
        Assert.Equal(SubgroupTau2.Separate, result.Tau2);
        Assert.Equal(2, result.QBetween!.Df);
        Assert.Equal(2, result.SubgroupTest!.Df);
        Assert.Null(result.SubgroupTest.DfDenominator);
    }

    [Fact]
    public void FixedEffect_MixedEffectsTestEqualsQBetween()
    {
        // With fixed effects, the moderator test of the subgroup factor is the Q between the subgroup estimates
        // (both are the between-subgroup part of Cochran's Q).
        var (yi, vi) = BcgModerators.LogRiskRatios();
        var result = SubgroupAnalysis.Fit(yi, vi, BcgModerators.Alloc, new ModelOptions { Model = EffectModel.Fixed });
        Tolerance.Relative(result.QBetween!.Q, result.SubgroupTest!.Q, 1e-10, "QM = Q between");
        var withinQ = result.Subgroups.Sum(s => s.Q);
        var overall = InverseVariance.Fit(yi, vi, new ModelOptions { Model = EffectModel.Fixed });
        Tolerance.Relative(overall.Q, withinQ + result.QBetween.Q, 1e-10, "Q = Q within + Q between");
    }

    [Fact]
    public void CommonTau2_QBetweenEqualsMixedEffectsQm()
    {
        // With a common tau², the subgroup estimates are the coefficients of rma(mods = ~ factor(alloc) - 1) and
        // independent, so RevMan's Q between equals the Wald test of the mixed-effects model.
        var (yi, vi) = BcgModerators.LogRiskRatios();
        var result = SubgroupAnalysis.Fit(yi, vi, BcgModerators.Alloc, null, new SubgroupOptions { Tau2 = SubgroupTau2.Common });
        Assert.Equal(SubgroupTau2.Common, result.Tau2);
        Assert.All(result.Subgroups, s => Assert.Equal(result.Tau2Common!.Value, s.Tau2));
        Tolerance.Relative(result.SubgroupTest!.Q, result.QBetween!.Q, 1e-10, "Q between = QM");
    }

    [Fact]
    public void LevelOrder_AndMissingLabels_AreHonoured()
    {
        var (yi, vi) = BcgModerators.LogRiskRatios();
        var labels = BcgModerators.Alloc.Select((a, i) => i == 0 ? null : a).ToArray();
        var result = SubgroupAnalysis.Fit(yi, vi, labels, null, new SubgroupOptions { LevelOrder = ["systematic", "random", "alternate", "other"] });
        Assert.Equal(["systematic", "random", "alternate"], result.Subgroups.Select(s => s.Name));
        Assert.Equal(6, result.Subgroups[1].K);
        Assert.Equal([0], result.ExcludedRows.ToArray());
        Assert.Contains(result.Warnings, w => w.Contains("study 1", StringComparison.Ordinal));
        Assert.Contains("does not list: random", Assert.Throws<ArgumentException>(() =>
            SubgroupAnalysis.Fit(yi, vi, BcgModerators.Alloc, null, new SubgroupOptions { LevelOrder = ["systematic", "alternate"] })).Message, StringComparison.Ordinal);
    }
}
