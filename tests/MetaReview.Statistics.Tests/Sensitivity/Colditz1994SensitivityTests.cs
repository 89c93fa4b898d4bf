using MetaReview.Statistics.Models;
using MetaReview.Statistics.Sensitivity;
using MetaReview.Statistics.Tests.Published;

namespace MetaReview.Statistics.Tests.Sensitivity;

/// <summary>
/// Leave-one-out analysis of the BCG vaccine trials (Colditz et al. 1994, JAMA 271:698), log risk ratios, REML, as
/// printed by metafor's <c>leave1out(res)</c> (Viechtbauer 2010, J Stat Softw 36(3)); published values from
/// docs/METHODS-REFERENCE.md §3.
/// </summary>
public class Colditz1994SensitivityTests
{
    [Fact]
    public void LeaveOneOut_WithoutStudy8_MatchesPublished()
    {
        var (yi, vi) = Colditz1994BcgTests.LogRiskRatios();
        var result = LeaveOneOut.Fit(yi, vi);
        var without8 = result.Fits[7];
        Assert.Equal(7, without8.Omitted);
        Assert.Equal(12, without8.K);
        Tolerance.Published(-0.7948, without8.Estimate, 4, "estimate");
        Tolerance.Published(-1.1473, without8.CiLower, 4, "ci.lb");
        Tolerance.Published(-0.4422, without8.CiUpper, 4, "ci.ub");
        Tolerance.Published(0.2732, without8.Tau2, 4, "tau2");
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Influence_Study8_IsTheLargestSourceOfHeterogeneity()
    {
        // TPT Madras (study 8), the largest trial with an estimate near 0: deleting it lowers Q the most (to 67.99
        // from 152.23); tau² without it is the published leave-one-out 0.2732.
        var (yi, vi) = Colditz1994BcgTests.LogRiskRatios();
        var result = Influence.Compute(yi, vi);
        var study8 = result.Studies[7];
        Assert.Equal(result.Studies.Min(s => s.QeDel), study8.QeDel);
        Tolerance.Published(0.2732, study8.Tau2Del, 4, "tau2.del");
        Tolerance.Published(67.9858, study8.QeDel, 4, "QE.del");
        Assert.Equal(1, result.P);
        Tolerance.Relative(3 * Math.Sqrt(1.0 / 12), result.DffitsCutoff, 1e-15, "DFFITS cut-off");
        Tolerance.Relative(3.0 / 13, result.HatCutoff, 1e-15, "hat cut-off");
    }

    [Fact]
    public void Cumulative_ByYear_EndsWithTheFullModel()
    {
        var (yi, vi) = Colditz1994BcgTests.LogRiskRatios();
        double[] year = [1948, 1949, 1960, 1977, 1973, 1953, 1973, 1980, 1968, 1961, 1974, 1969, 1976];
        var result = CumulativeMetaAnalysis.FitOrderedBy(yi, vi, year);
        Assert.Equal([0, 1, 5, 2, 9, 8, 11, 4, 6, 10, 12, 3, 7], result.Steps.Select(s => s.Added));
        var last = result.Steps[^1];
        Tolerance.Published(-0.7145, last.Estimate, 4, "estimate");
        Tolerance.Published(0.3132, last.Tau2, 4, "tau2");
        Tolerance.Published(-1.0669, last.CiLower, 4, "ci.lb");
        var full = InverseVariance.Fit(yi, vi);
        Tolerance.Relative(full.Estimate, last.Estimate, 1e-9, "last step = full model");
    }
}
