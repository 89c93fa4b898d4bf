using BenchmarkDotNet.Attributes;
using MetaReview.Statistics.Models;

namespace MetaReview.Benchmarks;

/// <summary>One REML fit with HKSJ, prediction interval and Q-profile CI (target: under 10 µs at k = 10).</summary>
[MemoryDiagnoser]
public class RandomEffectsBenchmarks
{
    private double[] _yi = [];
    private double[] _vi = [];
    private readonly ModelOptions _options = new() { Test = TestMethod.Knha };

    [Params(10)]
    public int K { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261121);
        _yi = new double[K];
        _vi = new double[K];
        for (var i = 0; i < K; i++)
        {
            _vi[i] = 0.01 + 0.2 * random.NextDouble();
            _yi[i] = -0.5 + 0.4 * NextGaussian(random) + Math.Sqrt(_vi[i]) * NextGaussian(random);
        }
    }

    [Benchmark]
    public MetaAnalysisResult RemlKnhaWithPiAndQProfile() => InverseVariance.Fit(_yi, _vi, _options);

    private static double NextGaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
