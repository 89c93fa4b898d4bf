using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace MetaReview.Statistics.Sensitivity;

/// <summary>
/// GOSH, the graphical display of study heterogeneity (Olkin, Dahabreh and Trikalinos 2012,
/// doi:10.1002/jrsm.1053), generalised to random-effects models (Viechtbauer 2021): the model fitted to every
/// non-empty subset of the k studies (2ᵏ − 1 fits; by default up to k = 20), or to a seeded random sample of
/// subsets beyond. Per subset: k, estimate, tau², I², Q. metafor: <c>gosh(rma(yi, vi, ...), subsets=)</c>
/// (metafor lists the subsets by size; MetaReview in Gray-code order, each subset named by its membership).
/// <para>
/// Subsets are fitted in chunks on all cores with per-thread buffers; within a chunk consecutive subsets differ
/// by one study (Gray code), so the data of the next subset is an O(1) update of the previous one.
/// </para>
/// </summary>
public static class Gosh
{
    private const int ChunkSize = 4096;

    /// <summary>Fits every subset and returns all results in arrays (about 44 bytes per subset for k ≤ 64).</summary>
    /// <param name="yi">Effect sizes (analysis scale).</param>
    /// <param name="vi">Sampling variances, finite and &gt; 0.</param>
    /// <param name="options">Which subsets, the model, the seed and the threads.</param>
    /// <param name="progress">
    /// Receives the fraction of subsets fitted, in (0, 1], at most once per percent, one call at a time, ending with 1
    /// (e.g. for a progress bar).
    /// </param>
    /// <param name="cancellationToken">Stops the fits; the call then throws <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="ArgumentException">For invalid data.</exception>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// For fewer than one subset, or more results than fit in arrays (use <see cref="Stream"/> then).
    /// </exception>
    public static GoshResult Fit(double[] yi, double[] vi, GoshOptions? options = null, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var plan = Plan(yi, vi, options);
        if (plan.Count * plan.Words > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(options), plan.Count,
                "Too many subsets to hold in memory; use Gosh.Stream to receive them block by block.");
        }

        var count = (int)plan.Count;
        var membership = new ulong[count * plan.Words];
        var k = new int[count];
        var estimate = new double[count];
        var tau2 = new double[count];
        var i2 = new double[count];
        var q = new double[count];
        var notConverged = 0;
        var chunks = (count + ChunkSize - 1) / ChunkSize;
        var done = new GoshProgress(progress, count);
        Parallel.For(0, chunks, Parallelism(options, cancellationToken), () => new GoshWorker(plan),
            (c, _, worker) =>
            {
                var start = c * ChunkSize;
                var length = Math.Min(ChunkSize, count - start);
                var output = new GoshOutput(membership, k, estimate, tau2, i2, q).Slice(start, length, plan.Words);
                worker.Evaluate(start, length, output);
                done.Add(length);
                return worker;
            },
            worker => Interlocked.Add(ref notConverged, worker.NotConverged));

        return new GoshResult
        {
            Summary = Summarise(plan, notConverged),
            Membership = ImmutableCollectionsMarshal.AsImmutableArray(membership),
            K = ImmutableCollectionsMarshal.AsImmutableArray(k),
            Estimate = ImmutableCollectionsMarshal.AsImmutableArray(estimate),
            Tau2 = ImmutableCollectionsMarshal.AsImmutableArray(tau2),
            I2 = ImmutableCollectionsMarshal.AsImmutableArray(i2),
            Q = ImmutableCollectionsMarshal.AsImmutableArray(q),
        };
    }

    /// <summary>
    /// Fits every subset and hands the results to <paramref name="onBlock"/> block by block, in subset order and
    /// on one thread at a time, holding only one block per thread in memory (for writing a CSV of millions of
    /// subsets). The blocks are computed in parallel.
    /// </summary>
    /// <param name="yi">Effect sizes (analysis scale).</param>
    /// <param name="vi">Sampling variances, finite and &gt; 0.</param>
    /// <param name="options">Which subsets, the model, the seed and the threads.</param>
    /// <param name="onBlock">Receives each block; the block's spans are valid only during the call.</param>
    /// <param name="progress">
    /// Receives the fraction of subsets fitted and handed to <paramref name="onBlock"/>, in (0, 1], after blocks, at
    /// most once per percent, one call at a time, ending with 1.
    /// </param>
    /// <param name="cancellationToken">Stops the fits; the call then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>What was fitted.</returns>
    /// <exception cref="ArgumentException">For invalid data.</exception>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public static GoshSummary Stream(double[] yi, double[] vi, GoshOptions? options, GoshBlockHandler onBlock,
        IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(onBlock);
        var plan = Plan(yi, vi, options);
        var parallelism = Parallelism(options, cancellationToken);
        var done = new GoshProgress(progress, plan.Count);
        var threads = parallelism.MaxDegreeOfParallelism > 0 ? parallelism.MaxDegreeOfParallelism : Environment.ProcessorCount;
        var perWave = 2 * threads;
        var waveSize = perWave * ChunkSize;
        var words = plan.Words;
        var membership = new ulong[waveSize * words];
        var k = new int[waveSize];
        var estimate = new double[waveSize];
        var tau2 = new double[waveSize];
        var i2 = new double[waveSize];
        var q = new double[waveSize];
        var workers = new System.Collections.Concurrent.ConcurrentBag<GoshWorker>();
        for (long first = 0; first < plan.Count; first += waveSize)
        {
            var length = (int)Math.Min(waveSize, plan.Count - first);
            var chunks = (length + ChunkSize - 1) / ChunkSize;
            var waveFirst = first;
            Parallel.For(0, chunks, parallelism,
                () => workers.TryTake(out var w) ? w : new GoshWorker(plan),
                (c, _, worker) =>
                {
                    var start = c * ChunkSize;
                    var size = Math.Min(ChunkSize, length - start);
                    worker.Evaluate(waveFirst + start, size, new GoshOutput(membership, k, estimate, tau2, i2, q).Slice(start, size, words));
                    return worker;
                },
                workers.Add);
            onBlock(new GoshBlock(first, length, words, membership.AsSpan(0, length * words), k.AsSpan(0, length),
                estimate.AsSpan(0, length), tau2.AsSpan(0, length), i2.AsSpan(0, length), q.AsSpan(0, length)));
            done.Add(length);
        }

        return Summarise(plan, workers.Sum(w => w.NotConverged));
    }

    private static GoshPlan Plan(double[] yi, double[] vi, GoshOptions? options)
    {
        options ??= new GoshOptions();
        var model = SensitivityArguments.Check(yi, vi, options.Model);
        if (options.MaxDegreeOfParallelism is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxDegreeOfParallelism, "MaxDegreeOfParallelism must be at least 1.");
        }

        return new GoshPlan(yi, vi, options with { Model = model });
    }

    private static ParallelOptions Parallelism(GoshOptions? options, CancellationToken cancellationToken) => new()
    {
        MaxDegreeOfParallelism = options?.MaxDegreeOfParallelism ?? Environment.ProcessorCount,
        CancellationToken = cancellationToken,
    };

    private static GoshSummary Summarise(GoshPlan plan, int notConverged)
    {
        var warnings = ImmutableArray.CreateBuilder<string>();
        if (!plan.Exhaustive)
        {
            warnings.Add($"{plan.Count} random subsets (seed {plan.Seed}) of the {(plan.Yi.Length <= GoshPlan.MaxExhaustiveK ? ((1L << plan.Yi.Length) - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "2^" + plan.Yi.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " − 1")} possible ones were fitted, not all of them.");
        }

        if (notConverged > 0)
        {
            warnings.Add($"The {plan.Options.Tau2Method} estimate of tau² did not converge in {notConverged} subsets.");
        }

        return new GoshSummary
        {
            StudyCount = plan.Yi.Length,
            SubsetCount = plan.Count,
            Exhaustive = plan.Exhaustive,
            Seed = plan.Seed,
            WordsPerSubset = plan.Words,
            Options = plan.Options,
            Warnings = warnings.ToImmutable(),
        };
    }
}
