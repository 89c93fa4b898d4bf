using System.Collections.Immutable;

namespace MetaReview.Statistics.EffectSizes;

/// <summary>
/// The effect sizes of the studies that enter an analysis, as parallel arrays (fast to pool), with the
/// studies that could not enter and every adjustment made on the way.
/// </summary>
/// <param name="Measure">The effect measure.</param>
/// <param name="Studies">Labels of the included studies, in input order.</param>
/// <param name="Yi">Estimates on the analysis scale.</param>
/// <param name="Vi">Sampling variances.</param>
/// <param name="Increments">Continuity correction added to each study's cells (0 for none).</param>
/// <param name="Excluded">Studies left out, with the reason (e.g. double-zero study dropped).</param>
/// <param name="Notes">Adjustments and warnings per study.</param>
/// <param name="InputIndices">For each included study, its position in the input list.</param>
public sealed record StudyEffects(
    EffectMeasure Measure,
    ImmutableArray<string> Studies,
    ImmutableArray<double> Yi,
    ImmutableArray<double> Vi,
    ImmutableArray<double> Increments,
    ImmutableArray<StudyNote> Excluded,
    ImmutableArray<StudyNote> Notes,
    ImmutableArray<int> InputIndices)
{
    /// <summary>The number of included studies.</summary>
    public int K => Yi.Length;

    /// <summary>Effect sizes given directly as estimates and variances (no exclusions, no notes).</summary>
    public static StudyEffects FromEstimates(EffectMeasure measure, IEnumerable<string> studies, IEnumerable<double> yi, IEnumerable<double> vi)
    {
        var y = yi.ToImmutableArray();
        return new StudyEffects(measure, studies.ToImmutableArray(), y, vi.ToImmutableArray(),
            ImmutableArray.Create(new double[y.Length]), [], [], [.. Enumerable.Range(0, y.Length)]);
    }
}
