using System.Collections.Immutable;
using System.Numerics;
using MetaReview.Statistics.Estimators;
using MetaReview.Statistics.Internal;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.MetaRegression;

/// <summary>
/// Permutation test of a meta-regression's moderators (Higgins and Thompson 2004, doi:10.1002/sim.1752; Viechtbauer
/// et al. 2015, doi:10.1037/met0000023), as metafor's <c>permutest(res, exact=, iter=)</c>: the rows of the design
/// X are permuted against (yᵢ, vᵢ), the model is refitted with tau² re-estimated, and each p-value is the share of
/// permutations whose statistic is as or more extreme than the observed (two-sided for coefficients, |z| or |t|;
/// QM or F for the omnibus test). Exact when all distinct permutations (k!/∏ mⱼ! for rows repeated mⱼ times) are
/// no more than <see cref="PermutationOptions.Iterations"/> or when asked; otherwise random permutations with the
/// observed data as the first. Runs on all cores with per-thread workspaces; results do not depend on the number of
/// threads.
/// </summary>
public static class PermutationTest
{
    private const int ChunkSize = 16;

    /// <summary>Runs the permutation test of the model <c>rma(yi, vi, mods=design, ...)</c>.</summary>
    /// <param name="yi">Effect sizes.</param>
    /// <param name="vi">Sampling variances.</param>
    /// <param name="design">The design (its omnibus test covers all coefficients but the intercept).</param>
    /// <param name="options">The model settings, as for <see cref="MetaRegressionModel.Fit(double[], double[], DesignMatrix, ModelOptions?)"/>.</param>
    /// <param name="permutation">Iterations, exact or not, seed, threads.</param>
    /// <param name="progress">Receives the fraction done (0 to 1), at most about 100 times.</param>
    /// <param name="cancellationToken">Stops the test (throws <see cref="OperationCanceledException"/>).</param>
    /// <exception cref="ArgumentException">For invalid data, fewer than 2 iterations, or an exact test with too many permutations.</exception>
    public static PermutationTestResult Run(double[] yi, double[] vi, DesignMatrix design, ModelOptions? options = null,
        PermutationOptions? permutation = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(design);
        options ??= ModelOptions.Default;
        permutation ??= PermutationOptions.Default;
        if (permutation.Iterations < 2)
        {
            throw new ArgumentException($"The permutation test needs at least 2 iterations, got {permutation.Iterations}.", nameof(permutation));
        }

        // Validates the model exactly as a fit would (k > p for mixed effects, ...).
        var observedFit = MetaRegressionModel.Fit(yi, vi, design, options with { Tau2ConfidenceInterval = false });
        var data = ModelData.WithModerators(yi, vi, design);
        var fit = (RegressionFit)data.Fit;
        var k = data.K;
        var p = data.P;

        var (groups, counts) = RowGroups(design);
        var distinct = DistinctCount(counts, k);
        var exact = permutation.Exact || distinct <= permutation.Iterations;
        if (exact && distinct > PermutationOptions.MaxExactPermutations)
        {
            throw new ArgumentException(
                $"An exact permutation test would refit the model {distinct:E3} times (more than {PermutationOptions.MaxExactPermutations:N0}); use random permutations (Exact = false).",
                nameof(permutation));
        }

        var total = exact ? (int)distinct : permutation.Iterations;
        var seed = exact ? (int?)null : permutation.Seed ?? Random.Shared.Next();
        // Under the null of no moderator effect a permuted model's tau² is near the intercept-only one: each chunk's
        // first search starts there, the next ones at the previous permutation's tau² (deterministic per chunk).
        var start = observedFit.Tau2InterceptOnly ?? observedFit.Tau2;
        var setup = new Setup(fit, options, observedFit.Test, k, p, MetaRegressionModel.ModeratorIndices(design), groups, counts, seed ?? 0, start);

        // The observed statistics, computed exactly as the permuted ones (identity permutation).
        var observed = new Worker(setup);
        var identity = Enumerable.Range(0, k).ToArray();
        var (observedQm, observedStatistics) = observed.Statistics(identity);

        var qmDistribution = new double[total];
        var exceedQm = 0L;
        var exceedCoefficient = new long[p];
        var chunks = (total + ChunkSize - 1) / ChunkSize;
        var done = 0;
        var lastReported = -1;
        var tolerance = permutation.ComparisonTolerance;
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = permutation.MaxDegreeOfParallelism ?? Environment.ProcessorCount,
        };
        Parallel.For(0, chunks, parallel, () => (Worker: new Worker(setup), Qm: 0L, Coefficients: new long[p]), (chunk, _, local) =>
        {
            var start = chunk * ChunkSize;
            var end = Math.Min(total, start + ChunkSize);
            var worker = local.Worker;
            worker.Restart();
            if (exact)
            {
                worker.Unrank(start);
            }

            for (var b = start; b < end; b++)
            {
                var source = exact ? worker.ExactSource(b > start) : worker.RandomSource(b);
                var (qm, statistics) = worker.Statistics(source);
                qmDistribution[b] = qm;
                if (qm >= observedQm - tolerance)
                {
                    local.Qm++;
                }

                for (var j = 0; j < p; j++)
                {
                    if (Math.Abs(statistics[j]) >= Math.Abs(observedStatistics[j]) - tolerance)
                    {
                        local.Coefficients[j]++;
                    }
                }
            }

            if (progress is not null)
            {
                var finished = Interlocked.Add(ref done, end - start);
                var percent = (int)(100L * finished / total);
                var previous = Volatile.Read(ref lastReported);
                if (percent > previous && Interlocked.CompareExchange(ref lastReported, percent, previous) == previous)
                {
                    progress.Report((double)finished / total);
                }
            }

            return local;
        }, local =>
        {
            Interlocked.Add(ref exceedQm, local.Qm);
            for (var j = 0; j < p; j++)
            {
                Interlocked.Add(ref exceedCoefficient[j], local.Coefficients[j]);
            }
        });

        var coefficients = ImmutableArray.CreateBuilder<PermutedCoefficient>(p);
        for (var j = 0; j < p; j++)
        {
            coefficients.Add(new PermutedCoefficient(design.ColumnNames[j], observedStatistics[j], (double)exceedCoefficient[j] / total));
        }

        return new PermutationTestResult
        {
            Exact = exact,
            Permutations = total,
            DistinctPermutations = distinct,
            Seed = seed,
            Qm = observedQm,
            QmP = (double)exceedQm / total,
            Coefficients = coefficients.MoveToImmutable(),
            QmDistribution = ImmutableArray.Create(qmDistribution),
        };
    }

    /// <summary>Group id of each design row (identical rows share one, numbered by first appearance) and group sizes.</summary>
    private static (int[] Groups, int[] Counts) RowGroups(DesignMatrix design)
    {
        var k = design.K;
        var p = design.P;
        var groups = new int[k];
        var representatives = new List<int>();
        var counts = new List<int>();
        for (var i = 0; i < k; i++)
        {
            var found = -1;
            for (var g = 0; g < representatives.Count && found < 0; g++)
            {
                var r = representatives[g];
                var same = true;
                for (var c = 0; c < p && same; c++)
                {
                    same = design[i, c] == design[r, c];
                }

                if (same)
                {
                    found = g;
                }
            }

            if (found < 0)
            {
                found = representatives.Count;
                representatives.Add(i);
                counts.Add(0);
            }

            groups[i] = found;
            counts[found]++;
        }

        return (groups, counts.ToArray());
    }

    /// <summary>k!/∏ mⱼ!, exactly while it fits, as a double.</summary>
    private static double DistinctCount(int[] counts, int k)
    {
        BigInteger total = 1;
        var n = 0;
        foreach (var count in counts)
        {
            // Multiply in the multinomial one group at a time: C(n + m, m) for each group of size m.
            for (var j = 1; j <= count; j++)
            {
                n++;
                total = total * n / j;
            }
        }

        return (double)total;
    }

    /// <summary>What every worker shares (read-only).</summary>
    private sealed record Setup(RegressionFit Fit, ModelOptions Options, TestMethod Test, int K, int P, int[] Moderators, int[] Groups, int[] Counts, int Seed, double Start)
    {
        /// <summary>For each group, the index of its first row (all its rows are identical).</summary>
        public int[] Representatives { get; } = FirstRows(Groups, Counts.Length);

        private static int[] FirstRows(int[] groups, int count)
        {
            var first = Enumerable.Repeat(-1, count).ToArray();
            for (var i = 0; i < groups.Length; i++)
            {
                if (first[groups[i]] < 0)
                {
                    first[groups[i]] = i;
                }
            }

            return first;
        }
    }

    /// <summary>One thread's workspace: its own copy of the design and buffers, reused for every permutation.</summary>
    private sealed class Worker
    {
        private readonly Setup _setup;
        private readonly RegressionFit _workspace;
        private readonly ModelData _data;
        private readonly PermutationTau2? _tau2;
        private readonly int[] _source;
        private readonly int[] _labels;
        private readonly double[] _beta;
        private readonly double[] _covariance;
        private readonly double[] _statistics;
        private double _previous;

        public Worker(Setup setup)
        {
            _setup = setup;
            _workspace = setup.Fit.CreateWorkspace();
            var random = setup.Options.Model == EffectModel.Random && setup.Options.FixedTau2 is null;
            _data = ModelData.From(_workspace);
            _tau2 = random ? new PermutationTau2(_data, setup.Options.Tau2Method, setup.Options.Convergence) : null;
            _previous = setup.Start;

            // Only Sidik–Jonkman needs the traces with V away from the OLS fit.
            _workspace.SkipVarianceTraces = setup.Options.Tau2Method != Tau2Method.SJ;
            _source = new int[setup.K];
            _labels = new int[setup.K];
            _beta = new double[setup.P];
            _covariance = new double[setup.P * setup.P];
            _statistics = new double[setup.P];
        }

        /// <summary>Starts the next chunk's first tau² search at the common start value (results do not depend on threads).</summary>
        public void Restart() => _previous = _setup.Start;

        /// <summary>QM and the coefficient statistics with design row source[i] at position i.</summary>
        public (double Qm, double[] Statistics) Statistics(int[] source)
        {
            var s = _setup;
            _workspace.LoadRows(s.Fit, source);
            double tau2;
            if (_tau2 is not null)
            {
                tau2 = _tau2.Estimate(_previous);
                _previous = tau2;
            }
            else
            {
                tau2 = s.Options.Model == EffectModel.Random ? s.Options.FixedTau2!.Value : 0;
            }

            var summary = _workspace.Coefficients(tau2, _beta, _covariance);
            if (s.Test == TestMethod.Knha)
            {
                var s2 = summary.Q / (s.K - s.P);
                for (var i = 0; i < _covariance.Length; i++)
                {
                    _covariance[i] *= s2;
                }
            }

            for (var j = 0; j < s.P; j++)
            {
                _statistics[j] = _beta[j] / Math.Sqrt(_covariance[j * s.P + j]);
            }

            var qm = MetaRegressionModel.QuadraticForm(_beta, _covariance, s.Moderators);
            if (s.Test == TestMethod.Knha)
            {
                qm /= s.Moderators.Length;
            }

            return (qm, _statistics);
        }

        /// <summary>Sets the labels to the distinct permutation of the row groups with the given lexicographic rank.</summary>
        public void Unrank(long rank)
        {
            var s = _setup;
            Span<int> left = s.Counts.Length <= 256 ? stackalloc int[s.Counts.Length] : new int[s.Counts.Length];
            s.Counts.CopyTo(left);
            long arrangements = (long)DistinctCount(s.Counts, s.K);
            var n = s.K;
            for (var position = 0; position < s.K; position++)
            {
                for (var g = 0; g < left.Length; g++)
                {
                    if (left[g] == 0)
                    {
                        continue;
                    }

                    // Arrangements of the rest that start with group g.
                    var starting = arrangements * left[g] / n;
                    if (rank < starting)
                    {
                        _labels[position] = g;
                        left[g]--;
                        arrangements = starting;
                        break;
                    }

                    rank -= starting;
                }

                n--;
            }
        }

        /// <summary>The source rows for the current labels, after stepping to the next distinct permutation if asked.</summary>
        public int[] ExactSource(bool advance)
        {
            if (advance)
            {
                NextPermutation(_labels);
            }

            var representatives = _setup.Representatives;
            for (var i = 0; i < _labels.Length; i++)
            {
                _source[i] = representatives[_labels[i]];
            }

            return _source;
        }

        /// <summary>Permutation b of the random sequence: the identity for b = 0, else a uniform shuffle seeded by (seed, b).</summary>
        public int[] RandomSource(int b)
        {
            var k = _setup.K;
            for (var i = 0; i < k; i++)
            {
                _source[i] = i;
            }

            if (b == 0)
            {
                return _source;
            }

            var state = (ulong)(uint)_setup.Seed * 0x9E3779B97F4A7C15UL ^ (ulong)b * 0xD1B54A32D192ED03UL;
            for (var i = k - 1; i > 0; i--)
            {
                var j = Bounded(ref state, (ulong)(i + 1));
                (_source[i], _source[j]) = (_source[j], _source[i]);
            }

            return _source;
        }

        /// <summary>A uniform integer in [0, n) (Lemire 2019, doi:10.1145/3230636) from SplitMix64 (Steele et al. 2014).</summary>
        private static int Bounded(ref ulong state, ulong n)
        {
            var threshold = (0UL - n) % n;
            while (true)
            {
                var high = Math.BigMul(SplitMix64(ref state), n, out var low);
                if (low >= threshold)
                {
                    return (int)high;
                }
            }
        }

        private static ulong SplitMix64(ref ulong state)
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        /// <summary>The next lexicographic permutation of a sequence with repeats (Knuth, TAOCP 7.2.1.2, algorithm L).</summary>
        private static void NextPermutation(int[] a)
        {
            var i = a.Length - 2;
            while (i >= 0 && a[i] >= a[i + 1])
            {
                i--;
            }

            if (i < 0)
            {
                return;
            }

            var j = a.Length - 1;
            while (a[j] <= a[i])
            {
                j--;
            }

            (a[i], a[j]) = (a[j], a[i]);
            Array.Reverse(a, i + 1, a.Length - i - 1);
        }
    }
}
