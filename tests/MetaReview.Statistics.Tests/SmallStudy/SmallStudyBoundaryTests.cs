using System.Collections.Immutable;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;
using MetaReview.Statistics.SmallStudy;
using MetaReview.Statistics.Tests.Published;
using MetaReview.Statistics.Tests.Sensitivity;

namespace MetaReview.Statistics.Tests.SmallStudy;

/// <summary>Small k, degenerate data, bad input, second derivations and the immutability of the results.</summary>
public class SmallStudyBoundaryTests
{
    private static readonly double[] Yi = [0.2, 0.5, -0.1, 0.4, 0.9];
    private static readonly double[] Vi = [0.04, 0.09, 0.02, 0.06, 0.2];

    [Fact]
    public void FewerThanTenStudies_ComputeWithTheSterneNote()
    {
        static void HasNote(ImmutableArray<string> warnings) =>
            Assert.Contains(warnings, w => w.Contains("k = 5", StringComparison.Ordinal) && w.Contains("Sterne et al. 2011", StringComparison.Ordinal));
        HasNote(EggerTest.Classical(Yi, Vi).Warnings);
        HasNote(EggerTest.MixedEffects(Yi, Vi).Warnings);
        HasNote(RankCorrelationTest.Run(Yi, Vi).Warnings);
        HasNote(TrimAndFill.Run(Yi, Vi).Warnings);
        HasNote(FailSafeN.Compute(Yi, Vi).Warnings);
        HasNote(PetPeese.Run(Yi, Vi).Warnings);
    }

    [Fact]
    public void TooFewStudiesOrEqualPrecision_AreClearErrors()
    {
        var e = Assert.Throws<ArgumentException>(() => EggerTest.Classical([0.1, 0.2], [0.01, 0.02]));
        Assert.Contains("k = 2", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => EggerTest.Classical([0.1, 0.2, 0.3], [0.02, 0.02, 0.02]));
        Assert.Contains("same value of the predictor", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => RegressionTest.Run(Yi, Vi, new RegressionTestOptions { Predictor = AsymmetryPredictor.InverseSampleSize }));
        Assert.Contains("needs the total sample size", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() =>
            RegressionTest.Run(Yi, Vi, new RegressionTestOptions { Predictor = AsymmetryPredictor.SampleSize }, [10, 20, 0, 40, 50]));
        Assert.Contains("ni[2]", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => RankCorrelationTest.Run([0.1, 0.2], [0.01, 0.02]));
        Assert.Contains("at least 3", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => FailSafeN.Compute(Yi, Vi, new FailSafeNOptions { Alpha = 5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => FailSafeN.Compute(Yi, Vi, new FailSafeNOptions { OrwinTarget = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => PetPeese.Run(Yi, Vi, new PetPeeseOptions { Alpha = 0 }));
    }

    [Fact]
    public void SampleSizePredictors_HaveNoLimitEstimate()
    {
        double[] n = [120, 60, 300, 90, 30];
        var byN = RegressionTest.Run(Yi, Vi, new RegressionTestOptions { Predictor = AsymmetryPredictor.SampleSize }, n);
        Assert.Null(byN.LimitEstimate);
        var byInverse = RegressionTest.Run(Yi, Vi, new RegressionTestOptions { Predictor = AsymmetryPredictor.InverseSampleSize }, n);
        Assert.NotNull(byInverse.LimitEstimate);
        Assert.Equal(byInverse.Intercept, byInverse.LimitEstimate);
    }

    [Fact]
    public void MixedEffectsEgger_EqualsTheMetaRegressionComputedDirectly()
    {
        // Second derivation: with tau² fixed, the meta-regression on seᵢ is WLS with weights 1/(vᵢ + tau²), covariance
        // (X'WX)⁻¹ and z tests, computed here by hand.
        var (yi, vi) = Colditz1994BcgTests.LogRiskRatios();
        const double Tau2 = 0.3;
        var result = EggerTest.MixedEffects(yi, vi, new ModelOptions { FixedTau2 = Tau2 });
        double s0 = 0, s1 = 0, s2 = 0, t0 = 0, t1 = 0;
        for (var i = 0; i < yi.Length; i++)
        {
            var w = 1 / (vi[i] + Tau2);
            var x = Math.Sqrt(vi[i]);
            s0 += w;
            s1 += w * x;
            s2 += w * x * x;
            t0 += w * yi[i];
            t1 += w * x * yi[i];
        }

        var det = s0 * s2 - s1 * s1;
        var b0 = (s2 * t0 - s1 * t1) / det;
        var b1 = (s0 * t1 - s1 * t0) / det;
        Tolerance.Relative(b1, result.Slope, 1e-12, "slope");
        Tolerance.Relative(b0, result.LimitEstimate!.Value, 1e-12, "intercept");
        Tolerance.Relative(Math.Sqrt(s0 / det), result.SlopeStandardError, 1e-12, "se(slope)");
        Tolerance.Relative(Math.Sqrt(s2 / det), result.InterceptStandardError, 1e-12, "se(intercept)");
        Assert.Null(result.Df);
        Assert.Equal(Tau2, result.Tau2);
    }

    [Fact]
    public void Peters_LeavesOutStudiesWithoutWeight()
    {
        BinaryArms[] tables = [new(0, 50, 0, 50), new(3, 40, 8, 42), new(10, 100, 16, 98), new(1, 20, 4, 21), new(30, 300, 41, 310)];
        double[] yi = [0, -0.98, -0.55, -1.5, -0.31];
        var result = PetersTest.Run(yi, tables);
        Assert.Equal(4, result.K);
        Assert.Contains(result.Warnings, w => w.Contains("Study 1 has no events", StringComparison.Ordinal));
        var harbord = HarbordTest.Run(tables);
        Assert.Equal(4, harbord.K);
        Assert.Contains(harbord.Warnings, w => w.Contains("Study 1", StringComparison.Ordinal));
    }

    [Fact]
    public void RankCorrelation_TiesUseTheNormalApproximationWithTauB()
    {
        // Tied variances: R's cor.test switches to the tie-corrected normal approximation.
        double[] yi = [0.1, 0.3, 0.2, 0.6, 0.4, 0.9, 0.5];
        double[] vi = [0.01, 0.02, 0.02, 0.04, 0.04, 0.08, 0.05];
        var result = RankCorrelationTest.Run(yi, vi);
        Assert.False(result.Exact);
        Assert.NotNull(result.Statistic);
        var forced = RankCorrelationTest.Run(yi, vi, exact: true);
        Assert.True(forced.Exact);
        Assert.Equal(result.Tau, forced.Tau);
    }

    [Fact]
    public void Kendall_MatchesRsCorTest()
    {
        // R: cor.test(1:10, y, method="kendall") — exact without ties, tie-corrected normal approximation with ties.
        double[] x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        var pairs = KendallTau.Compute(x, [2, 1, 4, 3, 6, 5, 8, 7, 10, 9]);
        Tolerance.Relative(0.7777777777777777901, pairs.Tau, 1e-15, "tau");
        Tolerance.Relative(0.0009463183421516419, KendallTau.ExactTwoSidedP(pairs.Tau, 10), 1e-12, "exact p");
        var mixed = KendallTau.Compute(x, [10, 3, 1, 5, 2, 8, 4, 9, 6, 7]);
        Tolerance.Relative(0.2, mixed.Tau, 1e-15, "tau");
        Tolerance.Relative(0.48431272045855378, KendallTau.ExactTwoSidedP(mixed.Tau, 10), 1e-12, "exact p");

        var ties = KendallTau.Compute([1, 2, 2, 3, 4, 5, 6, 6, 7, 8], [3, 1, 2, 2, 5, 4, 7, 9, 8, 8]);
        Assert.True(ties.HasTies);
        Tolerance.Relative(0.6744186046511627675, ties.Tau, 1e-15, "tau-b");
        Tolerance.Relative(2.6353958082706832045, ties.S / Math.Sqrt(ties.VarianceS), 1e-14, "z");

        // n = 4: tau = 1 only for the identity, 1 of 24 permutations on each side.
        Tolerance.Relative(2.0 / 24, KendallTau.ExactTwoSidedP(1, 4), 1e-15, "p for tau = 1");
        Assert.Equal(1, KendallTau.ExactTwoSidedP(0, 4));
    }

    [Fact]
    public void FailSafeN_IsZeroWhenNotSignificantAndFlipsOrwinsTarget()
    {
        double[] yi = [0.05, -0.04, 0.02, -0.01];
        double[] vi = [0.04, 0.05, 0.03, 0.06];
        var result = FailSafeN.Compute(yi, vi);
        Assert.Equal(0, result.Rosenthal);
        Assert.Equal(0, result.Rosenberg);
        Assert.Contains(result.Warnings, w => w.Contains("not significant", StringComparison.Ordinal));

        var (bcgY, bcgV) = Colditz1994BcgTests.LogRiskRatios();
        var flipped = FailSafeN.Compute(bcgY, bcgV, new FailSafeNOptions { OrwinTarget = -Math.Log(0.95) });
        Assert.Equal(175, flipped.Orwin);
        Assert.Equal(Math.Log(0.95), flipped.OrwinTarget, 15);
    }

    [Fact]
    public void TrimAndFill_GivenSideAndEstimators()
    {
        var (yi, vi) = Colditz1994BcgTests.LogRiskRatios();
        var left = TrimAndFill.Run(yi, vi, new TrimAndFillOptions { Side = FunnelSide.Left });
        Assert.True(left.SideGiven);
        Assert.Equal(FunnelSide.Left, left.Side);
        Assert.All(left.Filled, f => Assert.True(f.Yi < left.TrimmedEstimate));
        var r0 = TrimAndFill.Run(yi, vi, new TrimAndFillOptions { Estimator = TrimAndFillEstimator.R0 });
        Assert.Equal(TrimAndFillEstimator.R0, r0.Estimator);
        Assert.Equal(Math.Sqrt(2.0 * r0.K0 + 2), r0.K0StandardError);
        Assert.Equal(Math.Pow(0.5, r0.K0 + 1), r0.K0PValue);
        Assert.Throws<ArgumentException>(() => TrimAndFill.Run([0.1, 0.2], [0.01, 0.02]));
        Assert.Throws<ArgumentOutOfRangeException>(() => TrimAndFill.Run(yi, vi, new TrimAndFillOptions { MaxIterations = 0 }));
    }

    [Fact]
    public void ResultTypes_AreImmutable() => ImmutableResults.AssertNamespace(typeof(TrimAndFill).Assembly, "MetaReview.Statistics.SmallStudy",
        typeof(ModelOptions), typeof(MetaAnalysisResult), typeof(ImmutableArray<string>), typeof(ImmutableArray<FilledStudy>), typeof(FunnelSide?));
}
