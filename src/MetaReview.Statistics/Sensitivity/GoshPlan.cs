using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Sensitivity;

/// <summary>The data, the model and which subsets a GOSH run fits.</summary>
internal sealed class GoshPlan
{
    /// <summary>The largest k whose 2ᵏ − 1 subsets can be enumerated (indices fit in a long, membership in one word).</summary>
    public const int MaxExhaustiveK = 62;

    public GoshPlan(double[] yi, double[] vi, GoshOptions options)
    {
        Yi = yi;
        Vi = vi;
        Options = options.Model;
        Seed = options.Seed;
        var k = yi.Length;
        Words = (k + 63) / 64;
        var all = k <= MaxExhaustiveK ? (1L << k) - 1 : long.MaxValue;
        var wanted = options.Subsets ?? (k <= 20 ? all : GoshOptions.DefaultRandomSubsets);
        if (wanted < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), wanted, "Subsets must be at least 1.");
        }

        Exhaustive = k <= MaxExhaustiveK && all <= wanted;
        Count = Exhaustive ? all : wanted;
    }

    public double[] Yi { get; }

    public double[] Vi { get; }

    public ModelOptions Options { get; }

    public ulong Seed { get; }

    public int Words { get; }

    public bool Exhaustive { get; }

    public long Count { get; }

    /// <summary>
    /// The membership of random subset <paramref name="index"/>: every study in or out with probability ½ (a
    /// uniform draw from all 2ᵏ subsets, redrawn while empty), from SplitMix64 (Steele, Lea and Flood 2014)
    /// hashes of (seed, index, word, attempt) — the same subsets whatever the threading.
    /// </summary>
    public void RandomSubset(long index, Span<ulong> bits)
    {
        var k = Yi.Length;
        var lastBits = k - 64 * (Words - 1);
        var lastMask = lastBits == 64 ? ulong.MaxValue : (1UL << lastBits) - 1;
        for (ulong attempt = 0; ; attempt++)
        {
            var state = Mix(Seed ^ Mix((ulong)index ^ (attempt << 48)));
            ulong any = 0;
            for (var w = 0; w < bits.Length; w++)
            {
                state = Mix(state + 0x9E3779B97F4A7C15UL);
                bits[w] = w == bits.Length - 1 ? state & lastMask : state;
                any |= bits[w];
            }

            if (any != 0)
            {
                return;
            }
        }
    }

    /// <summary>The SplitMix64 finaliser.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
