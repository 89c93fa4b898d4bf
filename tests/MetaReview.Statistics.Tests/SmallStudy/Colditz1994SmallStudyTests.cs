using MetaReview.Statistics.Models;
using MetaReview.Statistics.SmallStudy;
using MetaReview.Statistics.Tests.Published;

namespace MetaReview.Statistics.Tests.SmallStudy;

/// <summary>
/// Trim-and-fill, rank correlation and fail-safe N for the BCG vaccine trials (Colditz et al. 1994, JAMA 271:698),
/// log risk ratios, as printed by metafor (Viechtbauer 2010, J Stat Softw 36(3); metafor's help pages for
/// <c>trimfill</c>, <c>ranktest</c> and <c>fsn</c>); published values from docs/METHODS-REFERENCE.md §3.
/// </summary>
public class Colditz1994SmallStudyTests
{
    [Fact]
    public void TrimAndFill_FixedEffect_MatchesPublished()
    {
        var (yi, vi) = Colditz1994BcgTests.LogRiskRatios();
        var result = TrimAndFill.Run(yi, vi, new TrimAndFillOptions { Model = new ModelOptions { Model = EffectModel.Fixed } });
        Assert.Equal(4, result.K0);
        Assert.Equal(FunnelSide.Right, result.Side);
        Assert.False(result.SideGiven);
        Tolerance.Published(-0.2910, result.Estimate, 4, "estimate");
        Assert.Equal(17, result.Model.K);
        Assert.Equal(4, result.Filled.Length);

        // The filled studies mirror the four most negative trials (10, 4, 2, 7) about the trimmed estimate.
        Assert.Equal([9, 3, 1, 6], result.Filled.Select(f => f.MirrorOf));
        foreach (var f in result.Filled)
        {
            Tolerance.Relative(2 * result.TrimmedEstimate - yi[f.MirrorOf], f.Yi, 1e-14, "mirror");
            Assert.Equal(vi[f.MirrorOf], f.Vi);
        }
    }

    [Fact]
    public void TrimAndFill_Reml_MatchesPublished()
    {
        var (yi, vi) = Colditz1994BcgTests.LogRiskRatios();
        var result = TrimAndFill.Run(yi, vi);
        Assert.Equal(1, result.K0);
        Assert.Equal(FunnelSide.Right, result.Side);
        Tolerance.Published(-0.6571, result.Estimate, 4, "estimate");
        Tolerance.Published(-1.0070, result.CiLower, 4, "ci.lb");
        Tolerance.Published(-0.3072, result.CiUpper, 4, "ci.ub");
    }

    [Fact]
    public void RankCorrelation_MatchesPublished()
    {
        var (yi, vi) = Colditz1994BcgTests.LogRiskRatios();
        var result = RankCorrelationTest.Run(yi, vi);
        Assert.True(result.Exact);
        Tolerance.Published(0.0256, result.Tau, 4, "Kendall tau");
        Tolerance.Published(0.9524, result.PValue, 4, "p");

        // tau = 2/78: S = 2 of the 78 pairs.
        Assert.Equal(2, result.S);
    }

    [Fact]
    public void FailSafeN_MatchesPublished()
    {
        var (yi, vi) = Colditz1994BcgTests.LogRiskRatios();
        var result = FailSafeN.Compute(yi, vi, new FailSafeNOptions { OrwinTarget = Math.Log(0.95) });
        Assert.Equal(598, result.Rosenthal);
        Assert.Equal(175, result.Orwin);
        Assert.Equal(370, result.Rosenberg);
        Assert.Equal(13, result.K);
    }
}
