using BenchmarkDotNet.Attributes;
using MetaReview.Statistics.Sensitivity;
using MetaReview.Statistics.SmallStudy;

namespace MetaReview.Benchmarks;

/// <summary>
/// Leave-one-out, influence and cumulative meta-analysis at k = 200, and GOSH at k = 12 (4,095 fits) and k = 20
/// (1,048,575 fits), all REML. metafor 3.8-1 on the same kind of machine: leave1out 11.5 s and influence 11.4 s at
/// k = 200, gosh 32.5 s at k = 12. Targets: each under 20 ms; GOSH k = 20 under 3 s on 2 cores.
/// </summary>
[MemoryDiagnoser]
public class SensitivityBenchmarks
{
    private double[] _yi200 = [];
    private double[] _vi200 = [];
    private double[] _yi12 = [];
    private double[] _vi12 = [];
    private double[] _yi20 = [];
    private double[] _vi20 = [];

    [GlobalSetup]
    public void Setup()
    {
        (_yi200, _vi200) = Data(200, 20261121);
        (_yi12, _vi12) = Data(12, 12);
        (_yi20, _vi20) = Data(20, 20);
    }

    [Benchmark]
    public LeaveOneOutResult LeaveOneOutK200() => LeaveOneOut.Fit(_yi200, _vi200);

    [Benchmark]
    public InfluenceResult InfluenceK200() => Influence.Compute(_yi200, _vi200);

    [Benchmark]
    public CumulativeResult CumulativeK200() => CumulativeMetaAnalysis.Fit(_yi200, _vi200);

    [Benchmark]
    public TrimAndFillResult TrimAndFillK200() => TrimAndFill.Run(_yi200, _vi200);

    [Benchmark]
    public RegressionTestResult EggerMixedEffectsK200() => EggerTest.MixedEffects(_yi200, _vi200);

    [Benchmark]
    public GoshResult GoshK12() => Gosh.Fit(_yi12, _vi12);

    [Benchmark]
    public GoshResult GoshK20() => Gosh.Fit(_yi20, _vi20);

    private static (double[] Yi, double[] Vi) Data(int k, int seed)
    {
        var random = new Random(seed);
        var yi = new double[k];
        var vi = new double[k];
        for (var i = 0; i < k; i++)
        {
            vi[i] = 0.01 + 0.2 * random.NextDouble();
            yi[i] = -0.5 + 0.4 * NextGaussian(random) + Math.Sqrt(vi[i]) * NextGaussian(random);
        }

        return (yi, vi);
    }

    private static double NextGaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
