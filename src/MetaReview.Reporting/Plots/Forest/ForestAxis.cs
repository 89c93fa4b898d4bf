using System.Collections.Immutable;
using MetaReview.Reporting.Drawing.Axes;
using MetaReview.Reporting.Plots.Charts;

namespace MetaReview.Reporting.Plots.Forest;

/// <summary>
/// The axis of a forest plot. By default RevMan's symmetric scales around the line of no effect: for ratios
/// 0.5–2, 0.2–5, 0.1–10, 0.05–20, 0.01–100, 0.001–1000 and whole decades beyond; for differences ±M with M in
/// 1, 2, 4, 5 × 10^k, ticked at −M, −M/2, 0, M/2, M. The scale holds every pooled interval, prediction interval
/// and study estimate, and the study intervals too unless that would widen it more than tenfold (those intervals
/// then end in arrows).
/// </summary>
internal sealed record ForestAxis(double Min, double Max, ImmutableArray<double> Ticks, bool Log)
{
    private static readonly (double Max, double[] Ticks)[] RatioScales =
    [
        (2, [0.5, 0.7, 1, 1.5, 2]),
        (5, [0.2, 0.5, 1, 2, 5]),
        (10, [0.1, 0.2, 0.5, 1, 2, 5, 10]),
        (20, [0.05, 0.2, 1, 5, 20]),
        (100, [0.01, 0.1, 1, 10, 100]),
        (1000, [0.001, 0.1, 1, 10, 1000]),
    ];

    public static ForestAxis Choose(ForestPlotData data, ForestPlotOptions o)
    {
        if (o.AxisLimits is { } limits)
        {
            if (!double.IsFinite(limits.Min) || !double.IsFinite(limits.Max) || !(limits.Min < limits.Max) || (data.LogScale && !(limits.Min > 0)))
            {
                throw new ArgumentOutOfRangeException(nameof(o), FormattableString.Invariant($"forest plot axis limits must be finite with min < max{(data.LogScale ? " and > 0 for a ratio" : string.Empty)}, got [{limits.Min}, {limits.Max}]"));
            }

            var ticks = o.Ticks ?? (data.LogScale ? NiceTicks.Log(limits.Min, limits.Max, 7, extend: false) : NiceTicks.Linear(limits.Min, limits.Max, 6, extend: false));
            return new ForestAxis(limits.Min, limits.Max, [.. ticks.Where(t => t >= limits.Min * (1 - 1e-12) && t <= limits.Max * (1 + 1e-12))], data.LogScale);
        }

        var core = new List<double>();
        var all = new List<double>();
        foreach (var row in data.Rows.Where(r => r.IsEstimable))
        {
            core.Add(row.Estimate!.Value);
            all.Add(row.CiLower!.Value);
            all.Add(row.CiUpper!.Value);
        }

        foreach (var s in data.Groups.Select(g => g.Subtotal).Append(data.Overall).OfType<ForestSummary>())
        {
            core.AddRange([s.CiLower, s.CiUpper]);
            if (o.ShowPredictionInterval && s.HasPredictionInterval)
            {
                core.AddRange([s.PredictionLower!.Value, s.PredictionUpper!.Value]);
            }
        }

        if (data.ReferenceValue is { } reference)
        {
            core.Add(reference);
        }

        all.AddRange(core);
        var axis = data.LogScale ? Ratio(data.NullValue ?? 1, core, all) : Difference(data.NullValue, core, all);
        return o.Ticks is { } given ? axis with { Ticks = [.. given.Where(t => t >= axis.Min && t <= axis.Max)] } : axis;
    }

    private static ForestAxis Ratio(double centre, List<double> core, List<double> all)
    {
        double Span(List<double> values) => values.Count == 0 ? 0 : values.Max(v => Math.Abs(Math.Log10(v / centre)));
        int Index(double span)
        {
            for (var i = 0; i < RatioScales.Length; i++)
            {
                if (Math.Log10(RatioScales[i].Max) >= span - 1e-12)
                {
                    return i;
                }
            }

            // Whole decades beyond 1000: index 6 is 10^4, 7 is 10^5, ...
            return RatioScales.Length + (int)Math.Ceiling(span - 1e-12) - 4;
        }

        var index = Math.Min(Index(Span(all)), Index(Span(core)) + 2);
        if (index < RatioScales.Length)
        {
            var (max, ticks) = RatioScales[index];
            return new ForestAxis(centre / max, centre * max, [.. ticks.Select(t => t * centre)], true);
        }

        var decades = index - RatioScales.Length + 4;
        var every = (int)Math.Ceiling(decades / 3.0);
        var decadeTicks = Enumerable.Range(-decades, 2 * decades + 1).Where(e => e % every == 0).Select(e => centre * Math.Pow(10, e));
        return new ForestAxis(centre * Math.Pow(10, -decades), centre * Math.Pow(10, decades), [.. decadeTicks], true);
    }

    private static ForestAxis Difference(double? centre, List<double> core, List<double> all)
    {
        if (centre is not { } c)
        {
            // No value of no effect (proportions, correlations): nice ticks around the data.
            var lo = all.Count == 0 ? 0 : all.Min();
            var hi = all.Count == 0 ? 1 : all.Max();
            if (hi - lo < 1e-12)
            {
                (lo, hi) = (lo - 0.5, hi + 0.5);
            }

            var ticks = NiceTicks.Linear(lo, hi, 6, extend: true);
            return new ForestAxis(ticks[0], ticks[^1], ticks, false);
        }

        double Span(List<double> values) => values.Count == 0 ? 0 : values.Max(v => Math.Abs(v - c));
        var candidates = Candidates(Math.Max(Span(all), 1e-9));
        var needAll = candidates.First(x => x >= Span(all) * (1 - 1e-12));
        var coreIndex = candidates.FindIndex(x => x >= Span(core) * (1 - 1e-12));
        var m = Math.Min(needAll, candidates[Math.Min(coreIndex + 3, candidates.Count - 1)]);
        return new ForestAxis(c - m, c + m, [c - m, c - m / 2, c, c + m / 2, c + m], false);
    }

    /// <summary>1, 2, 4, 5 × 10^k from well below to just above the span.</summary>
    private static List<double> Candidates(double span)
    {
        var top = (int)Math.Ceiling(Math.Log10(span)) + 1;
        var list = new List<double>();
        for (var e = top - 8; e <= top; e++)
        {
            foreach (var mantissa in new[] { 1, 2, 4, 5 })
            {
                list.Add(double.Parse((mantissa * Math.Pow(10, e)).ToString("G12", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return list;
    }

    public string Label(double value) => NumberText.WithMinus(NiceTicks.Format(value));
}
