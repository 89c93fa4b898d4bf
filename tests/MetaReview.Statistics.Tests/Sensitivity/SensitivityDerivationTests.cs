using MetaReview.Statistics.Estimators;
using MetaReview.Statistics.Models;
using MetaReview.Statistics.Sensitivity;
using MetaReview.Statistics.Tests.Published;

namespace MetaReview.Statistics.Tests.Sensitivity;

/// <summary>
/// Second derivations: every leave-one-out, cumulative and GOSH fit recomputed by the engine itself
/// (<see cref="InverseVariance.Fit(double[], double[], ModelOptions?)"/> on the reduced data, which starts its tau²
/// iteration from scratch), for every tau² estimator with z and HKSJ, on the BCG trials.
/// </summary>
public class SensitivityDerivationTests
{
    private const double Tight = 1e-9;

    public static TheoryData<Tau2Method, TestMethod, EffectModel> Models()
    {
        var data = new TheoryData<Tau2Method, TestMethod, EffectModel>();
        foreach (var method in Enum.GetValues<Tau2Method>())
        {
            foreach (var test in Enum.GetValues<TestMethod>())
            {
                data.Add(method, test, EffectModel.Random);
            }
        }

        data.Add(Tau2Method.REML, TestMethod.Z, EffectModel.Fixed);
        data.Add(Tau2Method.REML, TestMethod.Knha, EffectModel.Fixed);
        return data;
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void LeaveOneOut_EqualsDirectRefits(Tau2Method method, TestMethod test, EffectModel model)
    {
        var (yi, vi) = Colditz1994BcgTests.LogRiskRatios();
        var options = new ModelOptions { Model = model, Tau2Method = method, Test = test, Tau2ConfidenceInterval = false };
        var result = LeaveOneOut.Fit(yi, vi, options);
        for (var i = 0; i < yi.Length; i++)
        {
            var direct = InverseVariance.Fit(Without(yi, i), Without(vi, i), options);
            AssertSame(direct, result.Fits[i], $"without study {i + 1}");
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Cumulative_EqualsDirectRefits(Tau2Method method, TestMethod test, EffectModel model)
    {
        var (yi, vi) = Colditz1994BcgTests.LogRiskRatios();
        var options = new ModelOptions { Model = model, Tau2Method = method, Test = test, Tau2ConfidenceInterval = false };
        int[] order = [12, 3, 7, 0, 5, 1, 10, 2, 8, 4, 11, 6, 9];
        var result = CumulativeMetaAnalysis.Fit(yi, vi, options, order);

        // Step 1 is a single study: its own estimate and SE, tau² = 0, Q = 0 (the engine's DL gives NaN for k = 1).
        var first = result.Steps[0];
        Assert.Equal(yi[order[0]], first.Estimate);
        Assert.Equal(Math.Sqrt(vi[order[0]]), first.StandardError);
        Assert.Equal(0, first.Tau2);
        Assert.Equal(0, first.Q);
        Assert.Null(first.Df);
        for (var m = 1; m < yi.Length; m++)
        {
            var ids = order.Take(m + 1).ToArray();
            var direct = InverseVariance.Fit(ids.Select(i => yi[i]).ToArray(), ids.Select(i => vi[i]).ToArray(), options);
            AssertSame(direct, result.Steps[m], $"step {m + 1}");
        }
    }

    [Theory]
    [InlineData(Tau2Method.REML)]
    [InlineData(Tau2Method.DL)]
    [InlineData(Tau2Method.PM)]
    [InlineData(Tau2Method.SJ)]
    public void Gosh_EverySubsetEqualsDirectFit(Tau2Method method)
    {
        var (yi, vi) = Colditz1994BcgTests.LogRiskRatios();
        var options = new GoshOptions { Model = new ModelOptions { Tau2Method = method } };
        var result = Gosh.Fit(yi, vi, options);
        Assert.Equal((1 << 13) - 1, result.Count);

        // Every non-empty subset exactly once.
        Assert.Equal(result.Count, result.Membership.Distinct().Count());
        Assert.DoesNotContain(0UL, result.Membership);
        for (var s = 0; s < result.Count; s += 7)
        {
            var ids = Enumerable.Range(0, yi.Length).Where(i => result.Includes(s, i)).ToArray();
            Assert.Equal(ids.Length, result.K[s]);
            if (ids.Length == 1)
            {
                // A single study is its own estimate (the engine's DL gives NaN for k = 1).
                Assert.Equal(yi[ids[0]], result.Estimate[s]);
                Assert.Equal(0, result.Tau2[s]);
                Assert.Equal(0, result.Q[s]);
                continue;
            }

            var direct = InverseVariance.Fit(ids.Select(i => yi[i]).ToArray(), ids.Select(i => vi[i]).ToArray(), options.Model);
            Tolerance.Relative(direct.Estimate, result.Estimate[s], Tight, $"subset {s} estimate");
            Tolerance.Relative(direct.Tau2, result.Tau2[s], 1e-8, $"subset {s} tau2", 1e-10);
            Tolerance.Relative(direct.I2, result.I2[s], 1e-8, $"subset {s} I2", 1e-8);
            Tolerance.Relative(direct.Q, result.Q[s], Tight, $"subset {s} Q", 1e-12);
        }
    }

    [Fact]
    public void Gosh_StreamDeliversTheSameResultsInOrder()
    {
        var (yi, vi) = Colditz1994BcgTests.LogRiskRatios();
        var options = new GoshOptions { Model = new ModelOptions { Tau2Method = Tau2Method.DL } };
        var all = Gosh.Fit(yi, vi, options);
        long next = 0;
        var summary = Gosh.Stream(yi, vi, options, block =>
        {
            Assert.Equal(next, block.First);
            for (var j = 0; j < block.Count; j++)
            {
                var s = (int)(block.First + j);
                Assert.Equal(all.Membership[s], block.Membership[j]);
                Assert.Equal(all.K[s], block.K[j]);
                Assert.Equal(all.Estimate[s], block.Estimate[j]);
                Assert.Equal(all.Tau2[s], block.Tau2[j]);
                Assert.Equal(all.I2[s], block.I2[j]);
                Assert.Equal(all.Q[s], block.Q[j]);
                Assert.Equal(all.Includes(s, 3), block.Includes(j, 3));
            }

            next += block.Count;
        });
        Assert.Equal(all.Count, next);
        Assert.Equal(all.Count, summary.SubsetCount);
    }

    [Fact]
    public void Gosh_RandomSubsetsDependOnTheSeedOnly()
    {
        var (yi, vi) = Colditz1994BcgTests.LogRiskRatios();
        var one = Gosh.Fit(yi, vi, new GoshOptions { Subsets = 5000, Seed = 42, MaxDegreeOfParallelism = 1 });
        var two = Gosh.Fit(yi, vi, new GoshOptions { Subsets = 5000, Seed = 42, MaxDegreeOfParallelism = 2 });
        var other = Gosh.Fit(yi, vi, new GoshOptions { Subsets = 5000, Seed = 43 });
        Assert.False(one.Summary.Exhaustive);
        Assert.Equal(5000, one.Count);
        Assert.Equal(one.Membership.ToArray(), two.Membership.ToArray());
        Assert.Equal(one.Estimate.ToArray(), two.Estimate.ToArray());
        Assert.NotEqual(one.Membership.ToArray(), other.Membership.ToArray());
        Assert.DoesNotContain(0UL, one.Membership);
        Assert.Contains(one.Summary.Warnings, w => w.Contains("random subsets", StringComparison.Ordinal));

        // Each study is in about half of the subsets (binomial SD ≈ 35).
        for (var i = 0; i < yi.Length; i++)
        {
            var count = Enumerable.Range(0, one.Count).Count(s => one.Includes(s, i));
            Assert.InRange(count, 2500 - 200, 2500 + 200);
        }

        // The fits of random subsets are ordinary fits too.
        for (var s = 0; s < 50; s++)
        {
            var ids = Enumerable.Range(0, yi.Length).Where(i => one.Includes(s, i)).ToArray();
            var direct = InverseVariance.Fit(ids.Select(i => yi[i]).ToArray(), ids.Select(i => vi[i]).ToArray());
            Tolerance.Relative(direct.Estimate, one.Estimate[s], Tight, $"random subset {s}");
        }
    }

    [Fact]
    public void Gosh_ManyStudiesUseSeveralWordsPerSubset()
    {
        // The 102 elevated-CO2 experiments of Curtis and Wang (1998): membership needs two 64-bit words; subsets are random.
        var (yi, vi) = Curtis1998();
        var result = Gosh.Fit(yi, vi, new GoshOptions { Subsets = 300 });
        Assert.Equal(2, result.Summary.WordsPerSubset);
        Assert.Equal(600, result.Membership.Length);
        for (var s = 0; s < 300; s += 30)
        {
            var ids = Enumerable.Range(0, yi.Length).Where(i => result.Includes(s, i)).ToArray();
            Assert.Equal(ids.Length, result.K[s]);
            Assert.Contains(ids, i => i >= 64);
            var direct = InverseVariance.Fit(ids.Select(i => yi[i]).ToArray(), ids.Select(i => vi[i]).ToArray());
            Tolerance.Relative(direct.Estimate, result.Estimate[s], Tight, $"subset {s}");
        }
    }

    [Fact]
    public void Gosh_ReportsProgressInOrderOneCallAtATime()
    {
        // 13 trials: 8,191 subsets in two chunks, fitted on two threads.
        var (yi, vi) = Colditz1994BcgTests.LogRiskRatios();
        var options = new GoshOptions { MaxDegreeOfParallelism = 2 };
        var fitted = new RecordingProgress();
        Gosh.Fit(yi, vi, options, fitted);
        var streamed = new RecordingProgress();
        Gosh.Stream(yi, vi, options, _ => { }, streamed);

        // 20 studies: 256 chunks; at most one report per percent.
        var many = new RecordingProgress();
        var (yc, vc) = Curtis1998();
        Gosh.Fit(yc[..20], vc[..20], options with { Model = new ModelOptions { Tau2Method = Tau2Method.DL } }, many);
        foreach (var progress in new[] { fitted, streamed, many })
        {
            Assert.False(progress.Overlapped, "progress reported from two threads at once");
            Assert.Equal(1.0, progress.Values[^1]);
            Assert.All(progress.Values, v => Assert.InRange(v, double.Epsilon, 1.0));
            Assert.Equal(progress.Values.Order(), progress.Values);
            Assert.InRange(progress.Values.Count, 1, 101);
        }

        Assert.InRange(many.Values.Count, 50, 101);
    }

    [Fact]
    public void Gosh_StopsWhenCancelled()
    {
        var (yi, vi) = Colditz1994BcgTests.LogRiskRatios();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Gosh.Fit(yi, vi, null, null, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Gosh.Stream(yi, vi, null, _ => { }, null, cancelled.Token));
    }

    /// <summary>Effect sizes of Curtis and Wang (1998), log response ratios (metafor fixture <c>Curtis1998</c>).</summary>
    internal static (double[] Yi, double[] Vi) Curtis1998()
    {
        var effect = MetaforFixtures.Uni("Curtis1998").Effects.Single(e => e.Name == "ROM");
        return (effect.Yi.Select(y => y!.Value).ToArray(), effect.Vi.Select(v => v!.Value).ToArray());
    }

    internal static double[] Without(double[] x, int i) => x.Where((_, j) => j != i).ToArray();

    private static void AssertSame(MetaAnalysisResult direct, SensitivityFit fit, string what)
    {
        Assert.Equal(direct.K, fit.K);
        Tolerance.Relative(direct.Estimate, fit.Estimate, Tight, $"{what}: estimate");
        Tolerance.Relative(direct.StandardError, fit.StandardError, Tight, $"{what}: se");
        Tolerance.Relative(direct.Statistic, fit.Statistic, Tight, $"{what}: statistic");
        Tolerance.Relative(direct.PValue, fit.PValue, 1e-8, $"{what}: p");
        Tolerance.Relative(direct.CiLower, fit.CiLower, Tight, $"{what}: ci.lb");
        Tolerance.Relative(direct.CiUpper, fit.CiUpper, Tight, $"{what}: ci.ub");
        Tolerance.Relative(direct.Tau2, fit.Tau2, 1e-8, $"{what}: tau2", 1e-10);
        Tolerance.Relative(direct.I2, fit.I2, 1e-8, $"{what}: I2", 1e-8);
        Tolerance.Relative(direct.H2, fit.H2, 1e-8, $"{what}: H2");
        Tolerance.Relative(direct.Q, fit.Q, Tight, $"{what}: Q", 1e-12);
        Tolerance.Relative(direct.QP, fit.QP, Tight, $"{what}: Q p");
        Assert.Equal(direct.Df, fit.Df);
    }

    /// <summary>Records the reported values and whether two reports ever overlapped.</summary>
    private sealed class RecordingProgress : IProgress<double>
    {
        private int _inside;

        public List<double> Values { get; } = [];

        public bool Overlapped { get; private set; }

        public void Report(double value)
        {
            if (Interlocked.Exchange(ref _inside, 1) == 1)
            {
                Overlapped = true;
            }

            Values.Add(value);
            Thread.Sleep(1);
            Volatile.Write(ref _inside, 0);
        }
    }
}
