using System.Collections.Immutable;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.RevMan;

/// <summary>
/// An outcome's data rows as MetaReview study inputs, with the rows that cannot enter an analysis and why.
/// <see cref="Rows"/>[i] is the row <see cref="Studies"/>[i] came from.
/// </summary>
/// <param name="Studies">The study inputs.</param>
/// <param name="Rows">The data row of each input.</param>
/// <param name="LeftOut">Rows left out, each with a sentence saying why (e.g. no participants entered).</param>
public sealed record RevManStudyInputs(ImmutableArray<StudyInput> Studies, ImmutableArray<RevManDataRow> Rows, ImmutableArray<string> LeftOut)
{
    /// <summary>
    /// Maps rows of <paramref name="outcome"/> as RevMan analyses them: events and totals (events and non-events
    /// swapped when the outcome says so), means, SDs and totals; O−E and variance V as the log-scale estimate
    /// yi = (O−E)/V with vi = 1/V (Peto's one-step estimate; pooling these by inverse variance is Peto's method);
    /// generic estimates with vi = SE². Rows with nothing entered or values RevMan cannot estimate from (a total
    /// of 0, an SD, variance or SE of 0) are left out, as RevMan shows them "Not estimable".
    /// </summary>
    public static RevManStudyInputs From(RevManOutcome outcome, IEnumerable<RevManDataRow> rows)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(rows);
        var studies = ImmutableArray.CreateBuilder<StudyInput>();
        var kept = ImmutableArray.CreateBuilder<RevManDataRow>();
        var leftOut = ImmutableArray.CreateBuilder<string>();
        foreach (var row in rows)
        {
            var (data, why) = Data(outcome, row);
            if (data is null)
            {
                leftOut.Add($"{row.StudyName}: {why}");
                continue;
            }

            studies.Add(new StudyInput(row.StudyName, data));
            kept.Add(row);
        }

        return new RevManStudyInputs(studies.ToImmutable(), kept.ToImmutable(), leftOut.ToImmutable());
    }

    private static (StudyData? Data, string? Why) Data(RevManOutcome outcome, RevManDataRow r)
    {
        switch (outcome.DataType)
        {
            case RevManDataType.Dichotomous:
                if (r is not { EventsE: { } ee, NE: { } ne, EventsC: { } ec, NC: { } nc })
                {
                    return (null, "events or totals missing");
                }

                if (ne <= 0 || nc <= 0)
                {
                    return (null, "a total of 0: not estimable");
                }

                if (ee < 0 || ec < 0 || ee > ne || ec > nc)
                {
                    return (null, $"events must be between 0 and the total, got {ee}/{ne} and {ec}/{nc}");
                }

                return (outcome.SwapEvents ? new BinaryArms(ne - ee, ne, nc - ec, nc) : new BinaryArms(ee, ne, ec, nc), null);

            case RevManDataType.Continuous:
                if (r is not { MeanE: { } me, SdE: { } se, NE: { } n1, MeanC: { } mc, SdC: { } sc, NC: { } n2 })
                {
                    return (null, "a mean, SD or total missing");
                }

                if (n1 <= 0 || n2 <= 0 || se <= 0 || sc <= 0)
                {
                    return (null, $"an SD or total of 0 or less (SD {se} and {sc}, n {n1} and {n2}): not estimable");
                }

                return (new ContinuousArms(me, se, n1, mc, sc, n2), null);

            case RevManDataType.OMinusEAndVariance:
                if (r is not { OMinusE: { } oe, Variance: { } v })
                {
                    return (null, "O−E or variance missing");
                }

                return v > 0 ? (new GenericData(oe / v, 1 / v), null) : (null, $"variance {v}: must be > 0");

            default:
                if (r is not { Estimate: { } y, StandardError: { } s })
                {
                    return (null, "estimate or SE missing");
                }

                return s > 0 && double.IsFinite(y) ? (GenericData.FromStandardError(y, s), null) : (null, $"estimate {y} with SE {s}: the SE must be > 0");
        }
    }
}
