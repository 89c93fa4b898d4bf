using BenchmarkDotNet.Attributes;
using MetaReview.Benchmarks.Data;
using MetaReview.Statistics.Models;
using MetaReview.Statistics.Subgroups;

namespace MetaReview.Benchmarks;

/// <summary>
/// Subgroup analysis at k = 1,000 with 10 levels (synthetic, seeded; level j has mean −0.5 + 0.05·j): REML per
/// subgroup with the Q-profile CIs and the mixed-effects test for subgroup differences, with separate and with a
/// common tau².
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class SubgroupBenchmarks
{
    private static readonly SubgroupOptions Common = new() { Tau2 = SubgroupTau2.Common };
    private double[] _yi = [];
    private double[] _vi = [];
    private string?[] _labels = [];

    [Params(1000)]
    public int K { get; set; }

    [Params(10)]
    public int Levels { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new SyntheticStudies();
        var level = new int[K];
        for (var i = 0; i < K; i++)
        {
            level[i] = random.Index(Levels);
        }

        (_yi, _vi) = random.Effects(K, i => -0.5 + 0.05 * level[i], 0.05);
        _labels = [.. level.Select(l => $"level {l + 1:D2}")];
    }

    [Benchmark(Baseline = true)]
    public SubgroupResult SeparateTau2() => SubgroupAnalysis.Fit(_yi, _vi, _labels, ModelOptions.Default);

    [Benchmark]
    public SubgroupResult CommonTau2() => SubgroupAnalysis.Fit(_yi, _vi, _labels, ModelOptions.Default, Common);
}
