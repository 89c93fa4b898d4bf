using BenchmarkDotNet.Attributes;
using MetaReview.Benchmarks.Data;
using MetaReview.Statistics.MetaRegression;
using MetaReview.Statistics.Models;

namespace MetaReview.Benchmarks;

/// <summary>
/// Meta-regression with three continuous moderators (p = 4), REML, on synthetic seeded data: one fit at k = 1,000; and
/// the permutation test with 1,000 random permutations at k = 20 and k = 50 (metafor's <c>permutest()</c> takes
/// 11.9 s at k = 50), on all cores and on one thread (the number that does not depend on the machine's load).
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class MetaRegressionBenchmarks
{
    private static readonly PermutationOptions AllCores = new() { Iterations = 1000, Seed = 20261121 };
    private static readonly PermutationOptions OneThread = AllCores with { MaxDegreeOfParallelism = 1 };
    private Dataset _k20 = null!;
    private Dataset _k50 = null!;
    private Dataset _k1000 = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new SyntheticStudies();
        _k20 = Dataset.Create(random, 20);
        _k50 = Dataset.Create(random, 50);
        _k1000 = Dataset.Create(random, 1000);
    }

    [Benchmark]
    public MetaRegressionResult RemlFitK1000() => MetaRegressionModel.Fit(_k1000.Yi, _k1000.Vi, _k1000.Design, ModelOptions.Default);

    [Benchmark]
    public PermutationTestResult Permutations1000K20() => PermutationTest.Run(_k20.Yi, _k20.Vi, _k20.Design, ModelOptions.Default, AllCores);

    [Benchmark]
    public PermutationTestResult Permutations1000K20OneThread() => PermutationTest.Run(_k20.Yi, _k20.Vi, _k20.Design, ModelOptions.Default, OneThread);

    [Benchmark]
    public PermutationTestResult Permutations1000K50() => PermutationTest.Run(_k50.Yi, _k50.Vi, _k50.Design, ModelOptions.Default, AllCores);

    [Benchmark]
    public PermutationTestResult Permutations1000K50OneThread() => PermutationTest.Run(_k50.Yi, _k50.Vi, _k50.Design, ModelOptions.Default, OneThread);

    /// <summary>
    /// yᵢ = 0.5 − 0.02·x1 + 0.01·(x2 − 1980) + 0.3·x3 + N(0, 0.09) + N(0, vᵢ), with x1 a dose (10–60), x2 a year
    /// (1950–2020) and x3 a proportion (0–1).
    /// </summary>
    private sealed record Dataset(double[] Yi, double[] Vi, DesignMatrix Design)
    {
        public static Dataset Create(SyntheticStudies random, int k)
        {
            var x1 = new double[k];
            var x2 = new double[k];
            var x3 = new double[k];
            for (var i = 0; i < k; i++)
            {
                x1[i] = random.Uniform(10, 60);
                x2[i] = random.Uniform(1950, 2020);
                x3[i] = random.Uniform(0, 1);
            }

            var (yi, vi) = random.Effects(k, i => 0.5 - 0.02 * x1[i] + 0.01 * (x2[i] - 1980) + 0.3 * x3[i], 0.09);
            var design = DesignMatrix.Build("x1 + x2 + x3",
                [ModeratorColumn.Numeric("x1", x1), ModeratorColumn.Numeric("x2", x2), ModeratorColumn.Numeric("x3", x3)]);
            return new Dataset(yi, vi, design);
        }
    }
}
