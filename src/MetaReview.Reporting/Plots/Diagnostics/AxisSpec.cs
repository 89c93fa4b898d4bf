using MetaReview.Reporting.Drawing.Axes;

namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>
/// What an axis of a diagnostic plot shows: the data domain (already padded), linear or log, its title, and
/// either nice ticks chosen inside the domain or fixed ticks (study numbers).
/// </summary>
internal sealed record AxisSpec(double Min, double Max, string? Title)
{
    public ScaleKind Kind { get; init; } = ScaleKind.Linear;

    /// <summary>Ticks to show instead of nice ones; those outside the domain are not drawn.</summary>
    public IReadOnlyList<Tick>? Ticks { get; init; }

    public int MaxTicks { get; init; } = 8;

    /// <summary>Fewer nice ticks than this inside the domain, and more are asked for.</summary>
    public int MinTicks { get; init; } = 4;

    /// <summary>The axis drawn from <paramref name="start"/> to <paramref name="end"/> (points; end may be smaller, for vertical axes).</summary>
    public Axis Build(double start, double end)
    {
        if (Ticks is { } ticks)
        {
            var scale = Kind == ScaleKind.Log ? Scale.Log(Min, Max, start, end) : Scale.Linear(Min, Max, start, end);
            return new Axis(scale, [.. ticks]);
        }

        // Nice steps can leave only two or three ticks inside the domain (a range of 2.2 gets a step of 1):
        // ask for more until at least four show, within reason.
        Axis axis = null!;
        for (var maxTicks = MaxTicks; maxTicks <= MaxTicks + 6; maxTicks++)
        {
            axis = Kind == ScaleKind.Log
                ? Axis.Log(Min, Max, start, end, maxTicks, extend: false)
                : Axis.Linear(Min, Max, start, end, maxTicks, extend: false);
            if (axis.Ticks.Length >= MinTicks)
            {
                break;
            }
        }

        return axis;
    }

    /// <summary>
    /// The range of the values widened by <paramref name="fraction"/> of its length on each side (R's default
    /// of 4 %), on the log scale for log axes. A single value gets a range around it.
    /// </summary>
    public static (double Min, double Max) Padded(IEnumerable<double> values, ScaleKind kind = ScaleKind.Linear, double fraction = 0.04)
    {
        ArgumentNullException.ThrowIfNull(values);
        double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
        foreach (var v in values)
        {
            if (double.IsFinite(v))
            {
                lo = Math.Min(lo, v);
                hi = Math.Max(hi, v);
            }
        }

        if (double.IsInfinity(lo))
        {
            throw new ArgumentException("an axis needs at least one finite value", nameof(values));
        }

        if (kind == ScaleKind.Log)
        {
            var (a, b) = Padded([Math.Log10(lo), Math.Log10(hi)], ScaleKind.Linear, fraction);
            return (Math.Pow(10, a), Math.Pow(10, b));
        }

        if (lo == hi)
        {
            var half = lo == 0 ? 1 : Math.Abs(lo) / 2;
            return (lo - half, hi + half);
        }

        var pad = (hi - lo) * fraction;
        return (lo - pad, hi + pad);
    }
}
