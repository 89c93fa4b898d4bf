using MetaReview.Statistics.MetaRegression;

namespace MetaReview.Statistics.Tests.MetaRegression;

/// <summary>
/// The permutation test against metafor's <c>permutest()</c> (tools/reference/metareg.R): exact p-values equal
/// metafor's exactly (same distinct permutations, same comparison tolerance); random p-values agree with metafor's
/// exact or random ones within binomial error bounds that hold whatever the seeds.
/// </summary>
public class MetaforPermutationTests
{
    public static TheoryData<string> ExactCases()
    {
        var data = new TheoryData<string>();
        foreach (var file in MetaregFixture.Files())
        {
            foreach (var p in MetaregFixture.Load(file).Permutations.Where(p => p.Exact))
            {
                data.Add($"{file}|{p.Name}");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExactCases))]
    public void Exact_EqualsMetaforExactly(string id)
    {
        var (fixture, expected) = Case(id);
        var (yi, vi, design) = Subset(fixture, expected);
        var result = PermutationTest.Run(yi, vi, design, MetaregFixture.Options(expected.Method, expected.Test), new PermutationOptions { Exact = true });

        Assert.True(result.Exact);
        Assert.Equal(expected["Count"], result.DistinctPermutations);
        Assert.Equal((int)expected["Permutations"], result.Permutations);
        Tolerance.Relative(expected["Qm"], result.Qm, MetaregFixture.ToleranceFor(expected.Method), $"{expected.Call}: QM");
        Assert.Equal(expected["QmP"], result.QmP);
        Assert.Equal(expected.Values["PValue"].Values, result.Coefficients.Select(c => c.PValue));
    }

    [Fact]
    public void FewDistinctPermutations_AreEnumeratedAutomatically_AsMetaforDoes()
    {
        // dat.bcg rows 1-6 ~ ablat: latitude 44 occurs twice, so 6!/2! = 360 distinct permutations; metafor's
        // permutest(res, iter=1000) is then exact, permutest(res, iter=359) is not.
        var (fixture, expected) = Case("colditz1994-bcg.json|rows 1:6 ~ ablat REML z exact");
        var (yi, vi, design) = Subset(fixture, expected);
        var options = MetaregFixture.Options(expected.Method, expected.Test);
        var auto = PermutationTest.Run(yi, vi, design, options, new PermutationOptions { Iterations = 360, Seed = 1 });
        Assert.True(auto.Exact);
        Assert.Equal(360, auto.Permutations);
        Assert.Equal(expected["QmP"], auto.QmP);
        var random = PermutationTest.Run(yi, vi, design, options, new PermutationOptions { Iterations = 359, Seed = 1 });
        Assert.False(random.Exact);
        Assert.Equal(359, random.Permutations);
        Assert.Equal(1, random.Seed);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_AgreesWithMetaforExact_WithinBinomialError(int seed)
    {
        // dat.bcg rows 1-7 ~ ablat: 2520 distinct permutations, so 1000 iterations are random.
        var (fixture, expected) = Case("colditz1994-bcg.json|rows 1:7 ~ ablat REML z exact");
        var (yi, vi, design) = Subset(fixture, expected);
        var result = PermutationTest.Run(yi, vi, design, MetaregFixture.Options(expected.Method, expected.Test),
            new PermutationOptions { Iterations = 1000, Seed = seed });
        Assert.False(result.Exact);
        WithinBinomialError(expected["QmP"], result.QmP, result.Permutations, 0, "QMp");
        var pvalues = expected.Values["PValue"].Values;
        for (var j = 0; j < pvalues.Length; j++)
        {
            WithinBinomialError(pvalues[j], result.Coefficients[j].PValue, result.Permutations, 0, $"pval[{j}]");
        }
    }

    [Fact]
    public void Random_AgreesWithMetaforRandom_WithinBinomialError()
    {
        // dat.bcg ~ ablat + year: 13! permutations; metafor's 1000 random ones (set.seed(1234)) against ours.
        var (fixture, expected) = Case("colditz1994-bcg.json|rows 1:13 ~ ablat + year REML z");
        var (yi, vi, design) = Subset(fixture, expected);
        var result = PermutationTest.Run(yi, vi, design, MetaregFixture.Options(expected.Method, expected.Test),
            new PermutationOptions { Iterations = 1000, Seed = 2026 });
        Assert.False(result.Exact);
        Assert.Equal(expected["Count"], result.DistinctPermutations);
        Tolerance.Relative(expected["Qm"], result.Qm, Tolerance.Iterative, "QM");
        WithinBinomialError(expected["QmP"], result.QmP, result.Permutations, result.Permutations, "QMp");
        var pvalues = expected.Values["PValue"].Values;
        for (var j = 0; j < pvalues.Length; j++)
        {
            WithinBinomialError(pvalues[j], result.Coefficients[j].PValue, result.Permutations, result.Permutations, $"pval[{j}]");
        }
    }

    [Fact]
    public void SameSeed_GivesTheSameResult_WhateverTheThreads()
    {
        var (fixture, expected) = Case("colditz1994-bcg.json|rows 1:13 ~ ablat + year REML z");
        var (yi, vi, design) = Subset(fixture, expected);
        var options = MetaregFixture.Options(expected.Method, expected.Test);
        var one = PermutationTest.Run(yi, vi, design, options, new PermutationOptions { Iterations = 200, Seed = 7, MaxDegreeOfParallelism = 1 });
        var all = PermutationTest.Run(yi, vi, design, options, new PermutationOptions { Iterations = 200, Seed = 7 });
        Assert.Equal(one.QmDistribution.ToArray(), all.QmDistribution.ToArray());
        Assert.Equal(one.QmP, all.QmP);
        Assert.Equal(one.Qm, one.QmDistribution[0]);
    }

    [Fact]
    public void Progress_IsReportedUpToOne_AndCancellationStops()
    {
        var (fixture, expected) = Case("colditz1994-bcg.json|rows 1:13 ~ ablat + year REML z");
        var (yi, vi, design) = Subset(fixture, expected);
        var reports = new List<double>();
        var progress = new SynchronousProgress(reports);
        PermutationTest.Run(yi, vi, design, null, new PermutationOptions { Iterations = 500, Seed = 3 }, progress);
        Assert.NotEmpty(reports);
        Assert.True(reports.Count <= 101);
        Assert.Equal(1.0, reports.Max());

        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            PermutationTest.Run(yi, vi, design, null, new PermutationOptions { Iterations = 500, Seed = 3 }, null, cancelled.Token));
    }

    /// <summary>
    /// |p̂ − p| within 4.5 binomial standard errors (plus the 1/n granularity) — with n₂ &gt; 0 both are estimates.
    /// A false alarm has probability below 1e-5 whatever the seeds.
    /// </summary>
    private static void WithinBinomialError(double expected, double actual, int n1, int n2, string what)
    {
        var p = Math.Clamp(expected, 1.0 / n1, 1 - 1.0 / n1);
        var variance = p * (1 - p) / n1 + (n2 > 0 ? p * (1 - p) / n2 : 0);
        var bound = 4.5 * Math.Sqrt(variance) + 2.0 / n1;
        Assert.True(Math.Abs(actual - expected) <= bound, $"{what}: expected {expected} ± {bound:F4}, got {actual}");
    }

    private static (MetaregFixture Fixture, FixturePermutation Expected) Case(string id)
    {
        var parts = id.Split('|');
        var fixture = MetaregFixture.Load(parts[0]);
        return (fixture, fixture.Permutations.Single(p => p.Name == parts[1]));
    }

    private static (double[] Yi, double[] Vi, DesignMatrix Design) Subset(MetaregFixture fixture, FixturePermutation expected)
    {
        var rows = expected.Rows;
        var columns = fixture.Moderators.Select(m => m.IsCategorical
            ? ModeratorColumn.Categorical(m.Name, [.. rows.Select(r => m.Labels[r])])
            : ModeratorColumn.Numeric(m.Name, [.. rows.Select(r => m.Numbers[r])])).ToList();
        return ([.. rows.Select(r => fixture.Yi[r])], [.. rows.Select(r => fixture.Vi[r])], DesignMatrix.Build(expected.Formula, columns));
    }

    /// <summary>Records reports on the reporting thread (Progress&lt;T&gt; would post them asynchronously).</summary>
    private sealed class SynchronousProgress(List<double> reports) : IProgress<double>
    {
        public void Report(double value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
