using System.Collections.Immutable;
using System.Diagnostics;

namespace MetaReview.Records.Prioritisation;

/// <summary>
/// Replays screening on a labelled dataset as ASReview's simulation mode does (van de Schoot et al., Nat Mach
/// Intell 2021;3:125–133): start from a few known inclusions and exclusions chosen at random, then repeatedly
/// retrain, screen the top-ranked record, reveal its label, until every relevant record is found.
/// </summary>
public static class ActiveLearningSimulation
{
    /// <summary>Runs one simulation.</summary>
    /// <param name="features">Features of the dataset's records.</param>
    /// <param name="relevant">The true labels, one per row.</param>
    /// <param name="options">Model, seed and priors.</param>
    /// <param name="progress">Receives the fraction of relevant records found (0 to 1).</param>
    /// <param name="cancellation">Stops the simulation.</param>
    public static SimulationRun Run(TfIdfMatrix features, IReadOnlyList<bool> relevant, SimulationOptions options, IProgress<double>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(relevant);
        ArgumentNullException.ThrowIfNull(options);
        if (relevant.Count != features.Count)
        {
            throw new ArgumentException($"{relevant.Count} labels for {features.Count} records", nameof(relevant));
        }

        var positives = Enumerable.Range(0, relevant.Count).Where(i => relevant[i]).ToList();
        var negatives = Enumerable.Range(0, relevant.Count).Where(i => !relevant[i]).ToList();
        if (positives.Count < options.PriorIncluded || negatives.Count < options.PriorExcluded)
        {
            throw new ArgumentException($"the dataset has {positives.Count} relevant and {negatives.Count} irrelevant records; the simulation needs at least {options.PriorIncluded} and {options.PriorExcluded} for its priors", nameof(relevant));
        }

        var random = new Random(options.Seed);
        var priors = Sample(positives, options.PriorIncluded, random).Concat(Sample(negatives, options.PriorExcluded, random)).ToImmutableArray();
        var prioritiser = new Prioritiser(features, options.Model);
        foreach (var row in priors)
        {
            prioritiser.Label(row, relevant[row]);
        }

        var order = ImmutableArray.CreateBuilder<int>();
        var labels = ImmutableArray.CreateBuilder<bool>();
        var times = ImmutableArray.CreateBuilder<double>();
        var found = options.PriorIncluded;
        var clock = new Stopwatch();
        while (prioritiser.LabelledCount < features.Count && !(options.StopWhenAllFound && found == positives.Count))
        {
            cancellation.ThrowIfCancellationRequested();
            clock.Restart();
            prioritiser.Train();
            times.Add(clock.Elapsed.TotalMilliseconds);
            var next = prioritiser.Best();
            prioritiser.Label(next, relevant[next]);
            order.Add(next);
            labels.Add(relevant[next]);
            if (relevant[next])
            {
                found++;
                progress?.Report((double)found / positives.Count);
            }
        }

        return new SimulationRun
        {
            Seed = options.Seed,
            Records = features.Count,
            Relevant = positives.Count,
            Priors = priors,
            Order = order.ToImmutable(),
            Labels = labels.ToImmutable(),
            TrainingMilliseconds = times.ToImmutable(),
        };
    }

    /// <summary>Runs one simulation per seed (in parallel) and summarises them.</summary>
    /// <param name="features">Features of the dataset's records.</param>
    /// <param name="relevant">The true labels, one per row.</param>
    /// <param name="options">Model and priors; <see cref="SimulationOptions.Seed"/> is replaced by each seed.</param>
    /// <param name="seeds">The seeds.</param>
    /// <param name="progress">Receives the fraction of runs finished.</param>
    /// <param name="cancellation">Stops the simulations.</param>
    public static SimulationSummary RunSeeds(TfIdfMatrix features, IReadOnlyList<bool> relevant, SimulationOptions options, IReadOnlyList<int> seeds, IProgress<double>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(seeds);
        var runs = new SimulationRun[seeds.Count];
        var done = 0;
        Parallel.For(0, seeds.Count, new ParallelOptions { CancellationToken = cancellation }, i =>
        {
            runs[i] = Run(features, relevant, options with { Seed = seeds[i] }, cancellation: cancellation);
            progress?.Report((double)Interlocked.Increment(ref done) / seeds.Count);
        });
        return SimulationSummary.Of(runs);
    }

    /// <summary>A uniform sample without replacement (partial Fisher–Yates).</summary>
    private static IEnumerable<int> Sample(List<int> items, int count, Random random)
    {
        var pool = items.ToArray();
        for (var i = 0; i < count; i++)
        {
            var j = random.Next(i, pool.Length);
            (pool[i], pool[j]) = (pool[j], pool[i]);
            yield return pool[i];
        }
    }
}
