using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using MetaReview.Benchmarks.Data;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Estimators;
using MetaReview.Statistics.Models;

namespace MetaReview.Benchmarks;

/// <summary>
/// One random-effects fit at k = 10 with HKSJ, the prediction interval and the Q-profile CI of tau² (target: under
/// 10 µs), with REML and with DL, on the log risk ratios of the first 10 BCG trials; and REML without the Q-profile
/// CI, to show what the CI costs.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class RandomEffectsBenchmarks
{
    private static readonly ModelOptions Reml = new() { Test = TestMethod.Knha };
    private static readonly ModelOptions Dl = Reml with { Tau2Method = Tau2Method.DL };
    private static readonly ModelOptions RemlWithoutQProfile = Reml with { Tau2ConfidenceInterval = false };
    private double[] _yi = [];
    private double[] _vi = [];

    [GlobalSetup]
    public void Setup()
    {
        var effects = EffectSizeCalculator.Compute(EffectMeasure.RR, Bcg10.Studies());
        _yi = ImmutableCollectionsMarshal.AsArray(effects.Yi)!;
        _vi = ImmutableCollectionsMarshal.AsArray(effects.Vi)!;
    }

    [Benchmark(Baseline = true)]
    public MetaAnalysisResult RemlHksjPiQProfile() => InverseVariance.Fit(_yi, _vi, Reml);

    [Benchmark]
    public MetaAnalysisResult DlHksjPiQProfile() => InverseVariance.Fit(_yi, _vi, Dl);

    [Benchmark]
    public MetaAnalysisResult RemlHksjPiNoQProfile() => InverseVariance.Fit(_yi, _vi, RemlWithoutQProfile);
}
