using BenchmarkDotNet.Attributes;
using MetaReview.Benchmarks.Data;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;

namespace MetaReview.Benchmarks;

/// <summary>
/// The effect-size step from arm data at k = 10: MD and SMD (Hedges' g, exact J) from the Gibson 2002 asthma trials,
/// log RR from the BCG trials; and the whole analysis from arm data (effect sizes, REML, HKSJ, prediction interval,
/// Q-profile CI, back-transformation), as <c>metareview analyze</c> runs it.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class EffectSizeBenchmarks
{
    private static readonly AnalysisOptions RrAnalysis = new() { Measure = EffectMeasure.RR, Model = new ModelOptions { Test = TestMethod.Knha } };
    private StudyInput[] _continuous = [];
    private StudyInput[] _binary = [];

    [GlobalSetup]
    public void Setup()
    {
        _continuous = Gibson10.Studies();
        _binary = Bcg10.Studies();
    }

    [Benchmark]
    public StudyEffects MdFromArms() => EffectSizeCalculator.Compute(EffectMeasure.MD, _continuous);

    [Benchmark]
    public StudyEffects SmdFromArms() => EffectSizeCalculator.Compute(EffectMeasure.SMD, _continuous);

    [Benchmark]
    public StudyEffects LogRrFromArms() => EffectSizeCalculator.Compute(EffectMeasure.RR, _binary);

    [Benchmark]
    public AnalysisResult RrArmsToRemlHksjResult() => MetaAnalysis.Run(_binary, RrAnalysis);
}
