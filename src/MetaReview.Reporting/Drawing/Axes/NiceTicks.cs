using System.Collections.Immutable;
using System.Globalization;

namespace MetaReview.Reporting.Drawing.Axes;

/// <summary>
/// "Nice" tick values: round numbers a reader can interpolate between.
/// Linear ticks are multiples of 1, 2 or 5 × 10^k (Heckbert, "Nice numbers for graph labels",
/// Graphics Gems, 1990). Log ticks take mantissas from 1; 1, 2, 5; or 1, 1.5, 2, 3, 5, 7 per decade
/// (the last gives RevMan's 0.5, 0.7, 1, 1.5, 2) — the densest set that fits.
/// </summary>
public static class NiceTicks
{
    private static readonly double[][] LogMantissas = [[1], [1, 2, 5], [1, 1.5, 2, 3, 5, 7]];

    /// <summary>The nice step for about <paramref name="maxTicks"/> ticks over [min, max].</summary>
    public static double LinearStep(double min, double max, int maxTicks = 6)
    {
        Validate(min, max, maxTicks);
        var range = NiceNumber(max - min, round: false);
        return NiceNumber(range / (maxTicks - 1), round: true);
    }

    /// <summary>
    /// Ticks at multiples of the nice step. With <paramref name="extend"/> the first and last tick
    /// enclose [min, max] (for choosing axis limits); without it only ticks inside [min, max] are returned.
    /// </summary>
    public static ImmutableArray<double> Linear(double min, double max, int maxTicks = 6, bool extend = true)
    {
        var step = LinearStep(min, max, maxTicks);
        var first = extend ? Math.Floor(min / step + 1e-9) : Math.Ceiling(min / step - 1e-9);
        var last = extend ? Math.Ceiling(max / step - 1e-9) : Math.Floor(max / step + 1e-9);
        var ticks = ImmutableArray.CreateBuilder<double>();
        for (var k = first; k <= last; k++)
        {
            ticks.Add(Clean(k * step));
        }

        return ticks.ToImmutable();
    }

    /// <summary>
    /// Ticks for a ratio axis over [min, max] (both &gt; 0). With <paramref name="extend"/> the outer ticks
    /// enclose the range. When a range is too narrow for two log ticks, linear nice ticks are used.
    /// </summary>
    public static ImmutableArray<double> Log(double min, double max, int maxTicks = 7, bool extend = true)
    {
        Validate(min, max, maxTicks);
        if (!(min > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(min), $"log ticks need limits > 0, got [{min}, {max}]");
        }

        ImmutableArray<double> best = [];
        foreach (var mantissas in LogMantissas)
        {
            var candidates = LogCandidates(min, max, mantissas, extend);
            if (candidates.Length > maxTicks)
            {
                break;
            }

            if (candidates.Length >= 2)
            {
                best = candidates;
            }
        }

        if (!best.IsEmpty)
        {
            return best;
        }

        // Too many decades even for powers of ten: every k-th power.
        var decades = LogCandidates(min, max, [1], extend);
        if (decades.Length > maxTicks)
        {
            var every = (int)Math.Ceiling((decades.Length - 1) / (double)(maxTicks - 1));
            return [.. decades.Where((_, i) => i % every == 0)];
        }

        return Linear(min, max, maxTicks, extend).Where(t => t > 0).ToImmutableArray();
    }

    /// <summary>Formats a tick value: invariant culture, no exponent, no float noise (0.30000000000000004 → "0.3").</summary>
    public static string Format(double value)
    {
        var clean = Clean(value);
        return clean == 0 ? "0" : ((decimal)clean).ToString(CultureInfo.InvariantCulture);
    }

    private static ImmutableArray<double> LogCandidates(double min, double max, double[] mantissas, bool extend)
    {
        var all = new List<double>();
        for (var e = (int)Math.Floor(Math.Log10(min)) - 1; e <= (int)Math.Ceiling(Math.Log10(max)) + 1; e++)
        {
            foreach (var m in mantissas)
            {
                all.Add(Clean(m * Math.Pow(10, e)));
            }
        }

        const double Eps = 1e-9;
        if (!extend)
        {
            return [.. all.Where(v => v >= min * (1 - Eps) && v <= max * (1 + Eps))];
        }

        var lo = all.Where(v => v <= min * (1 + Eps)).Max();
        var hi = all.Where(v => v >= max * (1 - Eps)).Min();
        return [.. all.Where(v => v >= lo && v <= hi)];
    }

    /// <summary>Heckbert's nice number: 1, 2, 5 or 10 × 10^k, rounded or taken as the ceiling.</summary>
    private static double NiceNumber(double x, bool round)
    {
        var exponent = Math.Floor(Math.Log10(x));
        var fraction = x / Math.Pow(10, exponent);
        double nice = round
            ? fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
            : fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * Math.Pow(10, exponent);
    }

    /// <summary>Rounds away binary noise so that ticks print and compare cleanly.</summary>
    private static double Clean(double v) => double.Parse(v.ToString("G12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static void Validate(double min, double max, int maxTicks)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max) || !(min < max))
        {
            throw new ArgumentOutOfRangeException(nameof(min), $"ticks need finite limits with min < max, got [{min}, {max}]");
        }

        if (maxTicks < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(maxTicks), $"ask for at least 2 ticks, got {maxTicks}");
        }
    }
}
