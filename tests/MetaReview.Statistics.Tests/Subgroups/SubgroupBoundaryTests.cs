using MetaReview.Statistics.Models;
using MetaReview.Statistics.Subgroups;
using MetaReview.Statistics.Tests.MetaRegression;

namespace MetaReview.Statistics.Tests.Subgroups;

/// <summary>Degenerate but legal subgroup analyses: single-study subgroups, one subgroup, no degrees of freedom.</summary>
public class SubgroupBoundaryTests
{
    [Fact]
    public void SingleStudySubgroup_IsThatStudy_WithTau2ZeroAndANote()
    {
        var (yi, vi) = BcgModerators.LogRiskRatios();
        var labels = BcgModerators.Alloc.Select((a, i) => i == 4 ? "alone" : a == "alternate" ? "random" : a).ToArray();
        var result = SubgroupAnalysis.Fit(yi, vi, labels, new ModelOptions { Test = TestMethod.Knha });
        var alone = result.Subgroups.Single(s => s.Name == "alone");
        Assert.Equal(1, alone.K);
        Assert.Equal(yi[4], alone.Estimate, 14);
        Assert.Equal(Math.Sqrt(vi[4]), alone.StandardError, 12);
        Assert.Equal(0, alone.Tau2);
        Assert.Equal(0, alone.QDf);
        Assert.Equal(TestMethod.Z, alone.Result.Test);
        Assert.Contains(alone.Result.Warnings, w => w.Contains("single study", StringComparison.Ordinal));
        Assert.NotNull(result.SubgroupTest);
        Assert.Equal(TestMethod.Knha, result.SubgroupTest!.Test);
        Assert.Equal(13 - 3, result.SubgroupTest.DfDenominator);
    }

    [Fact]
    public void OneSubgroup_GivesNoTest()
    {
        var (yi, vi) = BcgModerators.LogRiskRatios();
        var result = SubgroupAnalysis.Fit(yi, vi, Enumerable.Repeat("all", 13).ToArray());
        Assert.Single(result.Subgroups);
        Assert.Null(result.SubgroupTest);
        Assert.Null(result.QBetween);
        var overall = InverseVariance.Fit(yi, vi);
        Assert.Equal(overall.Estimate, result.Subgroups[0].Estimate);
        Assert.Contains(result.Warnings, w => w.Contains("single subgroup", StringComparison.Ordinal));
    }

    [Fact]
    public void EverySubgroupASingleStudy_GivesQBetweenButNoMixedEffectsTest()
    {
        var yi = new[] { -0.9, -1.6, -1.3 };
        var vi = new[] { 0.33, 0.19, 0.42 };
        var result = SubgroupAnalysis.Fit(yi, vi, ["a", "b", "c"]);
        Assert.Null(result.SubgroupTest);
        Assert.NotNull(result.QBetween);
        Assert.Equal(InverseVariance.Fit(yi, vi, new ModelOptions { Model = EffectModel.Fixed }).Q, result.QBetween!.Q, 12);
        Assert.Contains(result.Warnings, w => w.Contains("more studies than subgroups", StringComparison.Ordinal));
    }

    [Fact]
    public void BadInput_IsRejected()
    {
        var (yi, vi) = BcgModerators.LogRiskRatios();
        Assert.Contains("12 subgroup labels for 13 studies", Assert.Throws<ArgumentException>(() => SubgroupAnalysis.Fit(yi, vi, BcgModerators.Alloc.Take(12).ToArray())).Message, StringComparison.Ordinal);
        Assert.Contains("No study has a subgroup label", Assert.Throws<ArgumentException>(() => SubgroupAnalysis.Fit(yi, vi, new string?[13])).Message, StringComparison.Ordinal);
    }
}
