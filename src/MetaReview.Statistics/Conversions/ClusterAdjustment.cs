namespace MetaReview.Statistics.Conversions;

/// <summary>
/// Approximate analysis of a cluster-randomised trial analysed as if individuals had been randomised:
/// each arm's sample size (and events, for binary outcomes) is divided by the design effect
/// DE = 1 + (M − 1)·ICC, M the mean cluster size and ICC the intracluster correlation coefficient; means and
/// SDs are unchanged. Cochrane Handbook §23.1.4 (Higgins et al. (eds) 2019, doi:10.1002/9781119536604).
/// </summary>
/// <remarks>
/// The ICC is often borrowed from similar trials: the Handbook asks for a sensitivity analysis over plausible
/// values. M is n / number of clusters when only those are reported. Effective sizes are not rounded. Valid
/// input: M ≥ 1 and at most the arm's n, 0 ≤ ICC &lt; 1, n &gt; 0, 0 ≤ events ≤ n. ICC 0 gives DE 1 (no change).
/// </remarks>
public static class ClusterAdjustment
{
    /// <summary>The design effect DE = 1 + (M − 1)·ICC.</summary>
    /// <param name="meanClusterSize">The mean cluster size M (≥ 1).</param>
    /// <param name="icc">The intracluster correlation coefficient, 0 ≤ ICC &lt; 1.</param>
    /// <exception cref="ArgumentException">When M &lt; 1 or the ICC is outside [0, 1).</exception>
    public static double DesignEffect(double meanClusterSize, double icc)
    {
        ConversionChecks.AtLeast(meanClusterSize, 1);
        ConversionChecks.HalfOpenUnit(icc);
        return 1 + (meanClusterSize - 1) * icc;
    }

    /// <summary>A continuous arm's effective sample size n / DE (its mean and SD are unchanged).</summary>
    /// <param name="n">The arm's number of participants (&gt; 0).</param>
    /// <param name="meanClusterSize">The mean cluster size M (1 ≤ M ≤ n).</param>
    /// <param name="icc">The intracluster correlation coefficient, 0 ≤ ICC &lt; 1.</param>
    /// <exception cref="ArgumentException">When a value is outside its valid range.</exception>
    public static ClusterAdjustedArm Continuous(double n, double meanClusterSize, double icc) => Adjust(null, n, meanClusterSize, icc);

    /// <summary>A binary arm's effective events and sample size, events / DE and n / DE.</summary>
    /// <param name="events">The arm's events (0 ≤ events ≤ n).</param>
    /// <param name="n">The arm's number of participants (&gt; 0).</param>
    /// <param name="meanClusterSize">The mean cluster size M (1 ≤ M ≤ n).</param>
    /// <param name="icc">The intracluster correlation coefficient, 0 ≤ ICC &lt; 1.</param>
    /// <exception cref="ArgumentException">When a value is outside its valid range.</exception>
    public static ClusterAdjustedArm Binary(double events, double n, double meanClusterSize, double icc) => Adjust(events, n, meanClusterSize, icc);

    private static ClusterAdjustedArm Adjust(double? events, double n, double meanClusterSize, double icc)
    {
        ConversionChecks.Positive(n);
        if (events is { } e)
        {
            ConversionChecks.NonNegative(e, nameof(events));
            ConversionChecks.NotMoreThan(e, n, nameof(events), nameof(n));
        }

        var de = DesignEffect(meanClusterSize, icc);
        ConversionChecks.NotMoreThan(meanClusterSize, n);
        var effectiveN = n / de;
        var effectiveEvents = events / de;

        var record = new RecordBuilder();
        if (events is { } eventsIn)
        {
            record.In("events", eventsIn);
        }

        record.In("n", n).In("cluster_size", meanClusterSize).In("icc", icc).Out("design_effect", de);
        if (effectiveEvents is { } eventsOut)
        {
            record.Out("events", eventsOut);
        }

        record.Out("n", effectiveN);
        var from = events is { } ev ? $"{RecordBuilder.In(ev)}/{RecordBuilder.In(n)}" : $"n {RecordBuilder.In(n)}";
        var to = effectiveEvents is { } ee ? $"{RecordBuilder.Out(ee)}/{RecordBuilder.Out(effectiveN)}" : $"n {RecordBuilder.Out(effectiveN)}";
        var unchanged = events is null ? " (mean and SD unchanged)" : "";
        var description = $"Cluster-randomised arm reduced to its effective sample size: design effect 1 + ({RecordBuilder.In(meanClusterSize)} − 1) × {RecordBuilder.In(icc)} = {RecordBuilder.Out(de)}; {from} → {to}{unchanged}";
        return new ClusterAdjustedArm(de, effectiveN, effectiveEvents, record.Build(events is null ? "Cluster design effect (continuous)" : "Cluster design effect (binary)", Citations.HandbookCluster, description));
    }
}
