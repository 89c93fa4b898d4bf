using System.Collections.Immutable;

namespace MetaReview.Reporting.Drawing.Axes;

/// <summary>A scale with its ticks: what an axis line shows.</summary>
public sealed record Axis(Scale Scale, ImmutableArray<Tick> Ticks)
{
    /// <summary>
    /// A linear axis over [min, max] drawn from <paramref name="rangeStart"/> to <paramref name="rangeEnd"/>.
    /// With <paramref name="extend"/> the limits grow to the enclosing nice ticks.
    /// </summary>
    public static Axis Linear(double min, double max, double rangeStart, double rangeEnd, int maxTicks = 6, bool extend = true, Func<double, string>? format = null)
    {
        var ticks = NiceTicks.Linear(min, max, maxTicks, extend);
        var lo = extend ? ticks[0] : min;
        var hi = extend ? ticks[^1] : max;
        return new Axis(Scale.Linear(lo, hi, rangeStart, rangeEnd), Label(ticks, format));
    }

    /// <summary>A log (ratio) axis over [min, max], both &gt; 0; see <see cref="NiceTicks.Log"/>.</summary>
    public static Axis Log(double min, double max, double rangeStart, double rangeEnd, int maxTicks = 7, bool extend = true, Func<double, string>? format = null)
    {
        var ticks = NiceTicks.Log(min, max, maxTicks, extend);
        var lo = extend ? Math.Min(ticks[0], min) : min;
        var hi = extend ? Math.Max(ticks[^1], max) : max;
        return new Axis(Scale.Log(lo, hi, rangeStart, rangeEnd), Label(ticks, format));
    }

    private static ImmutableArray<Tick> Label(ImmutableArray<double> ticks, Func<double, string>? format) =>
        [.. ticks.Select(t => new Tick(t, (format ?? NiceTicks.Format)(t)))];
}
