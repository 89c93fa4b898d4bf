using System.Collections.Immutable;
using MetaReview.Statistics.Models;
using MetaReview.Statistics.Sensitivity;
using MetaReview.Statistics.Tests.Published;

namespace MetaReview.Statistics.Tests.Sensitivity;

/// <summary>Degenerate but legal data (k = 1, k = 2, tau² = 0), bad input, and the immutability of the results.</summary>
public class SensitivityBoundaryTests
{
    [Fact]
    public void SingleStudy_GivesNotesNotExceptions()
    {
        double[] yi = [0.3];
        double[] vi = [0.04];
        var loo = LeaveOneOut.Fit(yi, vi);
        Assert.Empty(loo.Fits);
        Assert.Contains(loo.Warnings, w => w.Contains("k = 1", StringComparison.Ordinal));
        Assert.Empty(Influence.Compute(yi, vi).Studies);
        Assert.Empty(Baujat.Compute(yi, vi));

        var cumulative = CumulativeMetaAnalysis.Fit(yi, vi);
        var only = Assert.Single(cumulative.Steps);
        Assert.Equal(0.3, only.Estimate);
        Assert.Equal(0.2, only.StandardError, 15);
        Assert.Equal(0, only.Tau2);
        Assert.Equal(0, only.Q);
        Assert.Equal(0, only.I2);
        Assert.Equal(1, only.H2);
        Assert.Equal(1, only.QP);

        var gosh = Gosh.Fit(yi, vi);
        Assert.Equal(1, gosh.Count);
        Assert.Equal(0.3, gosh.Estimate[0]);
    }

    [Fact]
    public void TwoStudies_LeaveOneOutGivesEachStudyAlone()
    {
        double[] yi = [0.3, -0.1];
        double[] vi = [0.04, 0.09];
        var loo = LeaveOneOut.Fit(yi, vi, new ModelOptions { Test = TestMethod.Knha });
        Assert.Equal(-0.1, loo.Fits[0].Estimate);
        Assert.Equal(0.3, loo.Fits[1].Estimate);
        Assert.All(loo.Fits, f => Assert.Null(f.Df));
        Assert.Contains(loo.Warnings, w => w.Contains("HKSJ", StringComparison.Ordinal));
    }

    [Fact]
    public void HomogeneousData_Tau2IsZeroEverywhere()
    {
        // Q < k − 1: REML truncates at 0 in every refit, and the random-effects results equal the fixed-effect ones.
        double[] yi = [0.10, 0.12, 0.11, 0.09, 0.105];
        double[] vi = [0.01, 0.02, 0.015, 0.012, 0.03];
        var loo = LeaveOneOut.Fit(yi, vi);
        var fixedLoo = LeaveOneOut.Fit(yi, vi, new ModelOptions { Model = EffectModel.Fixed });
        for (var i = 0; i < yi.Length; i++)
        {
            Assert.Equal(0, loo.Fits[i].Tau2);
            Tolerance.Relative(fixedLoo.Fits[i].Estimate, loo.Fits[i].Estimate, 1e-15, "estimate");
            Assert.Equal(0, loo.Fits[i].I2);
        }

        Assert.All(Influence.Compute(yi, vi).Studies, s => Assert.Equal(0, s.Tau2Del));
    }

    [Fact]
    public void FixedTau2_IsKeptInEveryRefit()
    {
        var (yi, vi) = Colditz1994BcgTests.LogRiskRatios();
        var options = new ModelOptions { FixedTau2 = 0.25 };
        Assert.All(LeaveOneOut.Fit(yi, vi, options).Fits, f => Assert.Equal(0.25, f.Tau2));
        Assert.All(CumulativeMetaAnalysis.Fit(yi, vi, options).Steps, f => Assert.Equal(0.25, f.Tau2));
        var direct = InverseVariance.Fit(SensitivityDerivationTests.Without(yi, 3), SensitivityDerivationTests.Without(vi, 3), options);
        Tolerance.Relative(direct.Estimate, LeaveOneOut.Fit(yi, vi, options).Fits[3].Estimate, 1e-12, "estimate");
    }

    [Fact]
    public void LargeK_RunsInParallelWithTheSameResults()
    {
        // The 102 experiments of Curtis and Wang (1998) cross the threshold for parallel refits (k ≥ 64); compare a
        // few with direct fits.
        var (yi, vi) = SensitivityDerivationTests.Curtis1998();
        var loo = LeaveOneOut.Fit(yi, vi);
        foreach (var i in new[] { 0, 57, 101 })
        {
            var direct = InverseVariance.Fit(SensitivityDerivationTests.Without(yi, i), SensitivityDerivationTests.Without(vi, i));
            Tolerance.Relative(direct.Estimate, loo.Fits[i].Estimate, 1e-9, $"estimate without {i}");
            Tolerance.Relative(direct.Tau2, loo.Fits[i].Tau2, 1e-7, $"tau2 without {i}", 1e-10);
        }
    }

    [Fact]
    public void BadInput_NamesTheArgumentAndValue()
    {
        double[] yi = [0.1, 0.2, 0.3];
        double[] vi = [0.01, 0.02, 0.03];
        var e = Assert.Throws<ArgumentException>(() => LeaveOneOut.Fit(yi, [0.01, -0.02, 0.03]));
        Assert.Contains("vi[1]", e.Message, StringComparison.Ordinal);
        Assert.Contains("-0.02", e.Message, StringComparison.Ordinal);

        e = Assert.Throws<ArgumentException>(() => CumulativeMetaAnalysis.Fit(yi, vi, order: [0, 2, 2]));
        Assert.Contains("order[2] = 2", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => CumulativeMetaAnalysis.Fit(yi, vi, order: [0, 1]));
        Assert.Contains("2 indices but there are 3 studies", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => CumulativeMetaAnalysis.FitOrderedBy(yi, vi, [1990, double.NaN, 1991]));
        Assert.Contains("orderBy[1]", e.Message, StringComparison.Ordinal);

        e = Assert.Throws<ArgumentException>(() => SubsetSensitivity.Fit(yi, vi, [false, false, false]));
        Assert.Contains("keeps no study", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => SubsetSensitivity.Fit(yi, vi, [true, false]));
        Assert.Contains("2 flags but there are 3 studies", e.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentOutOfRangeException>(() => LeaveOneOut.Fit(yi, vi, new ModelOptions { Level = 95 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Gosh.Fit(yi, vi, new GoshOptions { Subsets = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Gosh.Fit(yi, vi, new GoshOptions { MaxDegreeOfParallelism = 0 }));
    }

    [Fact]
    public void SubsetSensitivity_FitsTheMaskedStudiesAndAll()
    {
        // BCG trials with random allocation only (alloc = random: trials 1, 2, 3, 4, 7, 8, 9).
        var (yi, vi) = Colditz1994BcgTests.LogRiskRatios();
        bool[] random = [true, true, true, true, false, false, true, true, true, false, false, false, false];
        var result = SubsetSensitivity.Fit(yi, vi, random);
        Assert.Equal([0, 1, 2, 3, 6, 7, 8], result.Included.ToArray());
        Assert.Equal([4, 5, 9, 10, 11, 12], result.Excluded.ToArray());
        Assert.Equal(7, result.Subset.K);
        Tolerance.Published(-0.9710, result.Subset.Estimate, 4, "random allocation (METHODS-REFERENCE §3 subgroups)");
        Tolerance.Published(-0.7145, result.All.Estimate, 4, "all");
        Assert.Equal(result.Subset.Estimate - result.All.Estimate, result.Difference);
    }

    [Fact]
    public void ResultTypes_AreImmutable() => ImmutableResults.AssertNamespace(typeof(LeaveOneOut).Assembly, "MetaReview.Statistics.Sensitivity",
        typeof(ModelOptions), typeof(MetaAnalysisResult), typeof(ImmutableArray<string>), typeof(ImmutableArray<double>),
        typeof(ImmutableArray<int>), typeof(ImmutableArray<ulong>), typeof(ImmutableArray<LeaveOneOutFit>),
        typeof(ImmutableArray<CumulativeFit>), typeof(ImmutableArray<StudyInfluence>));
}
