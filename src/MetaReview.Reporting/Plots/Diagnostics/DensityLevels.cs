using System.Collections.Immutable;
using MetaReview.Reporting.Drawing;

namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>
/// Classes of counts for a density plot, at round numbers on a log scale (1, 2, 5, 10, 20, 50, ... or powers of
/// ten when those are too many), each with a colour of a light-to-dark blue ramp (ColorBrewer "Blues",
/// Brewer CA, colorbrewer2.org: one hue, so denser reads darker also in grey and for colour-blind readers).
/// </summary>
internal sealed class DensityLevels
{
    private const int MaxLevels = 9;

    private static readonly Color[] Ramp = [.. new[] { "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b" }.Select(Color.FromHex)];

    private DensityLevels(ImmutableArray<int> lowerBounds, int max)
    {
        LowerBounds = lowerBounds;
        Max = max;
    }

    /// <summary>The smallest count of each level, ascending, starting at 1.</summary>
    public ImmutableArray<int> LowerBounds { get; }

    public int Max { get; }

    public int Count => LowerBounds.Length;

    public static DensityLevels For(int max)
    {
        if (max < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(max), $"density levels need a largest count ≥ 1, got {max}");
        }

        foreach (var mantissas in new[] { new[] { 1, 2, 5 }, [1] })
        {
            var bounds = Bounds(max, mantissas);
            if (bounds.Count <= MaxLevels)
            {
                return new DensityLevels([.. bounds], max);
            }
        }

        var decades = Bounds(max, [1]);
        var every = (int)Math.Ceiling(decades.Count / (double)MaxLevels);
        return new DensityLevels([.. decades.Where((_, i) => i % every == 0)], max);
    }

    /// <summary>The level of a count ≥ 1.</summary>
    public int LevelOf(int count)
    {
        var level = 0;
        while (level + 1 < LowerBounds.Length && count >= LowerBounds[level + 1])
        {
            level++;
        }

        return level;
    }

    /// <summary>The colour of a level: the lightest for level 0, the darkest for the last.</summary>
    public Color ColorOf(int level)
    {
        var t = Count == 1 ? 1 : level / (double)(Count - 1);
        var position = t * (Ramp.Length - 1);
        var i = Math.Min((int)Math.Floor(position), Ramp.Length - 2);
        var f = position - i;
        byte Mix(byte a, byte b) => (byte)Math.Round(a + (b - a) * f);
        return new Color(Mix(Ramp[i].R, Ramp[i + 1].R), Mix(Ramp[i].G, Ramp[i + 1].G), Mix(Ramp[i].B, Ramp[i + 1].B));
    }

    /// <summary>"1", "2–4", ..., the last up to the largest count.</summary>
    public string Label(int level)
    {
        var lo = LowerBounds[level];
        var hi = level + 1 < Count ? LowerBounds[level + 1] - 1 : Max;
        return lo == hi ? PlotText.Count(lo) : PlotText.Count(lo) + "–" + PlotText.Count(hi);
    }

    private static List<int> Bounds(int max, int[] mantissas)
    {
        var bounds = new List<int>();
        for (long power = 1; power <= max; power *= 10)
        {
            foreach (var m in mantissas)
            {
                if (m * power <= max)
                {
                    bounds.Add((int)(m * power));
                }
            }
        }

        return bounds;
    }
}
