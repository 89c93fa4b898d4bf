using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;
using Mh = MetaReview.Statistics.Models.MantelHaenszel;

namespace MetaReview.Statistics.Tests.MantelHaenszel;

/// <summary>
/// BCG vaccine trials (Colditz et al. 1994, JAMA 271:698) pooled by Mantel–Haenszel and Peto, as published for
/// metafor's <c>rma.mh</c> and <c>rma.peto</c> (Viechtbauer 2010, J Stat Softw 36(3); docs/METHODS-REFERENCE.md §3),
/// at half a unit of the last printed digit.
/// </summary>
public class Colditz1994MantelHaenszelTests
{
    /// <summary>The 13 trials (dat.bcg: tpos/(tpos + tneg) vs cpos/(cpos + cneg)), as stored in the metafor fixture.</summary>
    internal static BinaryArms[] Tables() => MhFixture.Load("colditz1994-bcg.json").Tables;

    [Fact]
    public void MhRiskRatio_MatchesPublished()
    {
        var r = Mh.Fit(EffectMeasure.RR, Tables());
        Tolerance.Published(-0.4537, r.Estimate, 4, "estimate");
        Tolerance.Published(0.0393, r.StandardError, 4, "se");
        Tolerance.Published(-0.5308, r.CiLower, 4, "ci.lb");
        Tolerance.Published(-0.3766, r.CiUpper, 4, "ci.ub");
        Tolerance.Published(152.5676, r.Q, 4, "Q");
        Assert.Equal(12, r.QDf);
        Assert.Null(r.Cmh);
        Assert.Null(r.Tarone);
    }

    [Fact]
    public void MhOddsRatio_MatchesPublished()
    {
        var r = Mh.Fit(EffectMeasure.OR, Tables());
        Tolerance.Published(-0.4734, r.Estimate, 4, "estimate");
        Tolerance.Published(0.0410, r.StandardError, 4, "se");
        Tolerance.Published(135.6889, r.Cmh!.Statistic, 4, "CMH");
        Tolerance.Published(171.7567, r.Tarone!.Statistic, 4, "Tarone");
        Assert.Equal(12, r.Tarone.Df);
        Assert.Equal(1, r.Cmh.Df);
    }

    [Fact]
    public void PetoOddsRatio_MatchesPublished()
    {
        var r = Peto.Fit(Tables());
        Tolerance.Published(-0.4744, r.Estimate, 4, "estimate");
        Tolerance.Published(0.0407, r.StandardError, 4, "se");
        Tolerance.Published(-0.5541, r.CiLower, 4, "ci.lb");
        Tolerance.Published(-0.3948, r.CiUpper, 4, "ci.ub");
        Tolerance.Published(167.7302, r.Q, 4, "Q");
        Assert.Equal(PoolingMethod.Peto, r.Method);
        Assert.Equal(EffectModel.Fixed, r.Model);
    }
}
