using System.Collections.Immutable;
using System.Globalization;

namespace MetaReview.Statistics.Conversions;

/// <summary>
/// Splits a control arm shared by several comparisons of a multi-arm trial, so that its participants are not
/// counted twice in one meta-analysis (a unit-of-analysis error): the control's n (and, for binary outcomes,
/// its events) is divided between the comparisons, evenly or in given proportions; a continuous control's
/// mean and SD are unchanged. Cochrane Handbook §23.3.4 (Higgins et al. (eds) 2019, doi:10.1002/9781119536604).
/// </summary>
/// <remarks>
/// The shares are not rounded (RevMan needs whole numbers for binary data; rounding is the user's choice and
/// changes the estimate slightly). The comparisons stay correlated; combining the intervention arms
/// (<see cref="CombineArms"/>) avoids that when they belong in one comparison. Valid input: n &gt; 0,
/// 0 ≤ events ≤ n, at least two comparisons, weights finite and &gt; 0 (any scale: they are normalised).
/// </remarks>
public static class SharedControl
{
    /// <summary>A continuous control's n divided evenly between <paramref name="comparisons"/> comparisons.</summary>
    /// <param name="n">The control arm's size (&gt; 0).</param>
    /// <param name="comparisons">The number of comparisons sharing it (≥ 2).</param>
    /// <exception cref="ArgumentException">When n ≤ 0 or fewer than two comparisons.</exception>
    public static SharedControlSplit Continuous(double n, int comparisons) => Split(n, null, EvenWeights(comparisons));

    /// <summary>A continuous control's n divided in proportion to <paramref name="weights"/> (e.g. the sizes of the intervention arms).</summary>
    /// <param name="n">The control arm's size (&gt; 0).</param>
    /// <param name="weights">One weight per comparison (at least two, each finite and &gt; 0).</param>
    /// <exception cref="ArgumentException">When n ≤ 0, fewer than two weights, or a weight is not a finite number &gt; 0.</exception>
    public static SharedControlSplit Continuous(double n, IReadOnlyList<double> weights) => Split(n, null, weights);

    /// <summary>A binary control's events and n divided evenly between <paramref name="comparisons"/> comparisons.</summary>
    /// <param name="events">The control arm's events (0 ≤ events ≤ n).</param>
    /// <param name="n">The control arm's size (&gt; 0).</param>
    /// <param name="comparisons">The number of comparisons sharing it (≥ 2).</param>
    /// <exception cref="ArgumentException">When n ≤ 0, events are outside [0, n], or fewer than two comparisons.</exception>
    public static SharedControlSplit Binary(double events, double n, int comparisons) => Split(n, events, EvenWeights(comparisons));

    /// <summary>A binary control's events and n divided in proportion to <paramref name="weights"/>.</summary>
    /// <param name="events">The control arm's events (0 ≤ events ≤ n).</param>
    /// <param name="n">The control arm's size (&gt; 0).</param>
    /// <param name="weights">One weight per comparison (at least two, each finite and &gt; 0).</param>
    /// <exception cref="ArgumentException">When n ≤ 0, events are outside [0, n], fewer than two weights, or a weight is not a finite number &gt; 0.</exception>
    public static SharedControlSplit Binary(double events, double n, IReadOnlyList<double> weights) => Split(n, events, weights);

    private static double[] EvenWeights(int comparisons)
    {
        ConversionChecks.AtLeast(comparisons, 2);
        return Enumerable.Repeat(1.0, comparisons).ToArray();
    }

    private static SharedControlSplit Split(double n, double? events, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ConversionChecks.Positive(n);
        if (events is { } e)
        {
            ConversionChecks.NonNegative(e, nameof(events));
            ConversionChecks.NotMoreThan(e, n, nameof(events), nameof(n));
        }

        ConversionChecks.AtLeast(weights.Count, 2, "weights.Count");
        var total = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            ConversionChecks.Positive(weights[i], $"weights[{i}]");
            total += weights[i];
        }

        var even = weights.All(w => w == weights[0]);
        var record = new RecordBuilder();
        if (events is { } eventsIn)
        {
            record.In("events", eventsIn);
        }

        record.In("n", n);
        if (!even)
        {
            for (var i = 0; i < weights.Count; i++)
            {
                record.In("weight_" + (i + 1).ToString(CultureInfo.InvariantCulture), weights[i]);
            }
        }

        var shares = ImmutableArray.CreateBuilder<ControlShare>(weights.Count);
        for (var i = 0; i < weights.Count; i++)
        {
            var fraction = weights[i] / total;
            var share = new ControlShare(n * fraction, events * fraction);
            shares.Add(share);
            var label = (i + 1).ToString(CultureInfo.InvariantCulture);
            if (share.Events is { } shareEvents)
            {
                record.Out("events_" + label, shareEvents);
            }

            record.Out("n_" + label, share.N);
        }

        var result = shares.MoveToImmutable();
        var how = even ? "evenly" : "in proportion to the weights " + string.Join(" : ", weights.Select(RecordBuilder.In));
        var from = events is { } ev ? $"{RecordBuilder.In(ev)}/{RecordBuilder.In(n)}" : $"n {RecordBuilder.In(n)}";
        var to = string.Join(", ", result.Select(s => s.Events is { } se ? $"{RecordBuilder.Out(se)}/{RecordBuilder.Out(s.N)}" : RecordBuilder.Out(s.N)));
        var unchanged = events is null ? " (mean and SD unchanged)" : "";
        var description = $"Shared control split {how} between {weights.Count} comparisons (Cochrane Handbook §23.3.4): {from} → {to}{unchanged}";
        return new SharedControlSplit(result, record.Build(events is null ? "Split shared control (continuous)" : "Split shared control (binary)", Citations.HandbookSharedGroup, description));
    }
}
