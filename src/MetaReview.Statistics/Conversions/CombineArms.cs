using System.Globalization;
using System.Text;

namespace MetaReview.Statistics.Conversions;

/// <summary>
/// Combines two or more arms of a trial into one (e.g. two doses into one "intervention" group), as the
/// Cochrane Handbook recommends for multi-arm trials (§23.3.4) with the formula of its Table 6.5.a
/// (Higgins et al. (eds) 2019, doi:10.1002/9781119536604):
/// N = N1 + N2; M = (N1·M1 + N2·M2)/N;
/// SD = √{[(N1 − 1)SD1² + (N2 − 1)SD2² + N1·N2/N·(M1 − M2)²]/(N − 1)}.
/// </summary>
/// <remarks>
/// The combined SD is exactly the SD of all participants together, so combining more than two arms two at a
/// time gives the same result in any order. Binary arms are combined by adding events and sizes. Valid
/// input: at least two arms; each n ≥ 1 (continuous) or &gt; 0 (binary), finite means, SDs ≥ 0,
/// 0 ≤ events ≤ n.
/// </remarks>
public static class CombineArms
{
    /// <summary>Two continuous arms combined by the Handbook's Table 6.5.a formula.</summary>
    /// <param name="first">The first arm.</param>
    /// <param name="second">The second arm.</param>
    /// <exception cref="ArgumentException">When an arm's n, mean or SD is invalid.</exception>
    public static CombinedContinuousArm Continuous(ContinuousArm first, ContinuousArm second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return Continuous([first, second]);
    }

    /// <summary>Two or more continuous arms combined by applying the Table 6.5.a formula repeatedly.</summary>
    /// <param name="arms">The arms, at least two.</param>
    /// <exception cref="ArgumentException">When fewer than two arms are given or an arm's n, mean or SD is invalid (the message names the arm by its position).</exception>
    public static CombinedContinuousArm Continuous(IReadOnlyList<ContinuousArm> arms)
    {
        ArgumentNullException.ThrowIfNull(arms);
        ConversionChecks.AtLeast(arms.Count, 2, "arms.Count");
        var record = new RecordBuilder();
        var parts = new StringBuilder();
        for (var i = 0; i < arms.Count; i++)
        {
            var arm = arms[i] ?? throw ConversionChecks.Invalid(nameof(arms), $"arms[{i}] is null");
            ConversionChecks.AtLeast(arm.N, 1, $"arms[{i}].N");
            ConversionChecks.Finite(arm.Mean, $"arms[{i}].Mean");
            ConversionChecks.NonNegative(arm.Sd, $"arms[{i}].Sd");
            var label = (i + 1).ToString(CultureInfo.InvariantCulture);
            record.In("n_" + label, arm.N).In("mean_" + label, arm.Mean).In("sd_" + label, arm.Sd);
            parts.Append(i == 0 ? "" : " + ").Append($"n {RecordBuilder.In(arm.N)}, mean {RecordBuilder.In(arm.Mean)}, SD {RecordBuilder.In(arm.Sd)}");
        }

        var combined = arms[0];
        for (var i = 1; i < arms.Count; i++)
        {
            combined = Pair(combined, arms[i]);
        }

        record.Out("n", combined.N).Out("mean", combined.Mean).Out("sd", combined.Sd);
        var description = $"Combined {arms.Count} arms (Cochrane Handbook Table 6.5.a): {parts} → n {RecordBuilder.Out(combined.N)}, mean {RecordBuilder.Out(combined.Mean)}, SD {RecordBuilder.Out(combined.Sd)}";
        return new CombinedContinuousArm(combined, record.Build("Combine arms (continuous)", Citations.HandbookCombineGroups, description));
    }

    /// <summary>Two or more binary arms combined by adding their events and their sizes.</summary>
    /// <param name="arms">The arms, at least two.</param>
    /// <exception cref="ArgumentException">When fewer than two arms are given or an arm's events or n is invalid.</exception>
    public static CombinedBinaryArm Binary(IReadOnlyList<BinaryArm> arms)
    {
        ArgumentNullException.ThrowIfNull(arms);
        ConversionChecks.AtLeast(arms.Count, 2, "arms.Count");
        var record = new RecordBuilder();
        var parts = new StringBuilder();
        double events = 0, n = 0;
        for (var i = 0; i < arms.Count; i++)
        {
            var arm = arms[i] ?? throw ConversionChecks.Invalid(nameof(arms), $"arms[{i}] is null");
            ConversionChecks.Positive(arm.N, $"arms[{i}].N");
            ConversionChecks.NonNegative(arm.Events, $"arms[{i}].Events");
            ConversionChecks.NotMoreThan(arm.Events, arm.N, $"arms[{i}].Events", $"arms[{i}].N");
            var label = (i + 1).ToString(CultureInfo.InvariantCulture);
            record.In("events_" + label, arm.Events).In("n_" + label, arm.N);
            parts.Append(i == 0 ? "" : " + ").Append($"{RecordBuilder.In(arm.Events)}/{RecordBuilder.In(arm.N)}");
            events += arm.Events;
            n += arm.N;
        }

        var combined = new BinaryArm(events, n);
        record.Out("events", events).Out("n", n);
        var description = $"Combined {arms.Count} arms (events and sizes added): {parts} → {RecordBuilder.In(events)}/{RecordBuilder.In(n)}";
        return new CombinedBinaryArm(combined, record.Build("Combine arms (binary)", Citations.HandbookCombineGroups, description));
    }

    /// <summary>Table 6.5.a for one pair; (M1 − M2)² is the Handbook's M1² + M2² − 2M1M2 without the cancellation.</summary>
    private static ContinuousArm Pair(ContinuousArm a, ContinuousArm b)
    {
        var n = a.N + b.N;
        var mean = (a.N * a.Mean + b.N * b.Mean) / n;
        var gap = a.Mean - b.Mean;
        var sumOfSquares = (a.N - 1) * a.Sd * a.Sd + (b.N - 1) * b.Sd * b.Sd + a.N * b.N / n * gap * gap;
        return new ContinuousArm(n, mean, Math.Sqrt(sumOfSquares / (n - 1)));
    }
}
