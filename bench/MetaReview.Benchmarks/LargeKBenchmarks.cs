using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MetaReview.Benchmarks.Data;
using MetaReview.Statistics.Estimators;
using MetaReview.Statistics.Models;

namespace MetaReview.Benchmarks;

/// <summary>
/// k = 1,000,000 studies with known variances (synthetic, seeded): REML with the Q-profile CI (metafor's defaults
/// plus <c>confint()</c>), REML alone, and DL. Memory must be O(k): the allocated bytes per operation, divided by k,
/// should be a small constant (no k × k matrix would fit: 8 TB).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class LargeKBenchmarks
{
    private static readonly ModelOptions RemlWithoutQProfile = ModelOptions.Default with { Tau2ConfidenceInterval = false };
    private static readonly ModelOptions Dl = ModelOptions.Default with { Tau2Method = Tau2Method.DL };
    private double[] _yi = [];
    private double[] _vi = [];

    [Params(1_000_000)]
    public int K { get; set; }

    [GlobalSetup]
    public void Setup() => (_yi, _vi) = new SyntheticStudies().Effects(K, _ => -0.5, 0.1);

    [Benchmark(Baseline = true)]
    public MetaAnalysisResult RemlQProfile() => InverseVariance.Fit(_yi, _vi, ModelOptions.Default);

    [Benchmark]
    public MetaAnalysisResult Reml() => InverseVariance.Fit(_yi, _vi, RemlWithoutQProfile);

    [Benchmark]
    public MetaAnalysisResult DlQProfile() => InverseVariance.Fit(_yi, _vi, Dl);
}
