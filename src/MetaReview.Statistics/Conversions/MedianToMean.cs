using MetaReview.Statistics.Internal;

namespace MetaReview.Statistics.Conversions;

/// <summary>
/// Estimates a sample mean and standard deviation from a median with the range (minimum a, maximum b),
/// the interquartile range (q1, q3), or both (the five-number summary), and the sample size n — the three
/// scenarios of Wan et al. (2014). All formulas assume roughly normal data: with skewed data the
/// estimates are biased, and the report should say that the values were estimated.
/// </summary>
/// <remarks>
/// <para>Default formulas (<see cref="MedianToMeanMethod.LuoWanShi"/>), with ξ(n) = 2Φ⁻¹((n − 0.375)/(n + 0.25))
/// and η(n) = 2Φ⁻¹((0.75n − 0.125)/(n + 0.25)):</para>
/// <list type="bullet">
/// <item>range: mean = w(a + b)/2 + (1 − w)m, w = 4/(4 + n^0.75) (Luo et al. 2018, doi:10.1177/0962280216669183);
/// SD = (b − a)/ξ(n) (Wan et al. 2014, doi:10.1186/1471-2288-14-135).</item>
/// <item>IQR: mean = (0.7 + 0.39/n)(q1 + q3)/2 + (0.3 − 0.39/n)m (Luo 2018); SD = (q3 − q1)/η(n) (Wan 2014).</item>
/// <item>five numbers: mean = w1(a + b)/2 + w2(q1 + q3)/2 + (1 − w1 − w2)m, w1 = 2.2/(2.2 + n^0.75),
/// w2 = 0.7 − 0.72/n^0.55 (Luo 2018); SD = (b − a)/θ1 + (q3 − q1)/θ2, θ1 = (2 + 0.14n^0.6)Φ⁻¹((n − 0.375)/(n + 0.25)),
/// θ2 = (2 + 2/(0.07n^0.6))Φ⁻¹((0.75n − 0.125)/(n + 0.25)) (Shi et al. 2020, doi:10.1002/jrsm.1429).</item>
/// </list>
/// <para>ξ(n) and η(n) use Blom's approximation to the expected normal order statistics at every n (Wan et
/// al. also tabulate exact values for small n; the difference is small). metafor 4:
/// <c>conv.fivenum(min, q1, median, q3, max, n)</c> (not available in metafor 3.8).</para>
/// <para>Valid input: finite values with min ≤ q1 ≤ median ≤ q3 ≤ max and n ≥ 2. Equal values give SD 0
/// with a note (a zero SD cannot enter an analysis of means).</para>
/// </remarks>
public static class MedianToMean
{
    /// <summary>
    /// Mean and SD from the minimum, median and maximum (scenario S1): Luo et al. (2018) mean and Wan et al.
    /// (2014) SD by default, or Hozo et al. (2005, doi:10.1186/1471-2288-5-13) on request.
    /// </summary>
    /// <param name="min">The sample minimum a.</param>
    /// <param name="median">The sample median m (min ≤ median ≤ max).</param>
    /// <param name="max">The sample maximum b.</param>
    /// <param name="n">The sample size (≥ 2).</param>
    /// <param name="method">Which formulas (default Luo/Wan).</param>
    /// <exception cref="ArgumentException">When a value is not finite, the values are out of order, or n &lt; 2.</exception>
    public static MeanSdConversion FromRange(double min, double median, double max, double n, MedianToMeanMethod method = MedianToMeanMethod.LuoWanShi)
    {
        CheckValues(min, null, median, null, max, n);
        return method switch
        {
            MedianToMeanMethod.LuoWanShi => LuoWanRange(min, median, max, n),
            MedianToMeanMethod.Hozo2005 => HozoRange(min, median, max, n),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown method."),
        };
    }

    /// <summary>
    /// Mean and SD from the first quartile, median and third quartile (scenario S2): Luo et al. (2018,
    /// doi:10.1177/0962280216669183) mean and Wan et al. (2014, doi:10.1186/1471-2288-14-135) SD.
    /// </summary>
    /// <param name="q1">The first quartile.</param>
    /// <param name="median">The median (q1 ≤ median ≤ q3).</param>
    /// <param name="q3">The third quartile.</param>
    /// <param name="n">The sample size (≥ 2).</param>
    /// <exception cref="ArgumentException">When a value is not finite, the values are out of order, or n &lt; 2.</exception>
    public static MeanSdConversion FromInterquartileRange(double q1, double median, double q3, double n)
    {
        CheckValues(null, q1, median, q3, null, n);
        var mean = (0.7 + 0.39 / n) * (q1 + q3) / 2 + (0.3 - 0.39 / n) * median;
        var sd = (q3 - q1) / Eta(n);
        return Result(mean, sd, "Luo 2018 mean, Wan 2014 SD", Citations.Luo2018 + "; " + Citations.Wan2014,
            "median and IQR", new RecordBuilder().In("q1", q1).In("median", median).In("q3", q3).In("n", n),
            $"q1 {RecordBuilder.In(q1)}, median {RecordBuilder.In(median)}, q3 {RecordBuilder.In(q3)}, n = {RecordBuilder.In(n)}");
    }

    /// <summary>
    /// Mean and SD from the five-number summary (scenario S3): Luo et al. (2018,
    /// doi:10.1177/0962280216669183) mean and Shi et al. (2020, doi:10.1002/jrsm.1429) SD.
    /// </summary>
    /// <param name="min">The minimum.</param>
    /// <param name="q1">The first quartile.</param>
    /// <param name="median">The median.</param>
    /// <param name="q3">The third quartile.</param>
    /// <param name="max">The maximum (min ≤ q1 ≤ median ≤ q3 ≤ max).</param>
    /// <param name="n">The sample size (≥ 2).</param>
    /// <exception cref="ArgumentException">When a value is not finite, the values are out of order, or n &lt; 2.</exception>
    public static MeanSdConversion FromFiveNumbers(double min, double q1, double median, double q3, double max, double n)
    {
        CheckValues(min, q1, median, q3, max, n);
        var n75 = Math.Pow(n, 0.75);
        var n6 = Math.Pow(n, 0.6);
        var w1 = 2.2 / (2.2 + n75);
        var w2 = 0.7 - 0.72 / Math.Pow(n, 0.55);
        var mean = w1 * (min + max) / 2 + w2 * (q1 + q3) / 2 + (1 - w1 - w2) * median;
        var theta1 = (2 + 0.14 * n6) * Quantiles.Normal((n - 0.375) / (n + 0.25));
        var theta2 = (2 + 2 / (0.07 * n6)) * Quantiles.Normal((0.75 * n - 0.125) / (n + 0.25));
        var sd = (max - min) / theta1 + (q3 - q1) / theta2;
        return Result(mean, sd, "Luo 2018 mean, Shi 2020 SD", Citations.Luo2018 + "; " + Citations.Shi2020,
            "five-number summary", new RecordBuilder().In("min", min).In("q1", q1).In("median", median).In("q3", q3).In("max", max).In("n", n),
            $"min {RecordBuilder.In(min)}, q1 {RecordBuilder.In(q1)}, median {RecordBuilder.In(median)}, q3 {RecordBuilder.In(q3)}, max {RecordBuilder.In(max)}, n = {RecordBuilder.In(n)}");
    }

    /// <summary>
    /// Mean and SD from whatever a paper reports — min and max, q1 and q3, or all four, always with the median
    /// — choosing the scenario from the values given (<see langword="null"/> = not reported).
    /// </summary>
    /// <param name="min">The minimum, or <see langword="null"/>.</param>
    /// <param name="q1">The first quartile, or <see langword="null"/>.</param>
    /// <param name="median">The median.</param>
    /// <param name="q3">The third quartile, or <see langword="null"/>.</param>
    /// <param name="max">The maximum, or <see langword="null"/>.</param>
    /// <param name="n">The sample size (≥ 2).</param>
    /// <param name="method">Which formulas; <see cref="MedianToMeanMethod.Hozo2005"/> needs min and max without quartiles.</param>
    /// <exception cref="ArgumentException">
    /// When only one of a pair (min/max, q1/q3) is given, none is given, Hozo is asked for with quartiles, or a
    /// value is invalid as in the scenario's own method.
    /// </exception>
    public static MeanSdConversion FromSummary(double? min, double? q1, double median, double? q3, double? max, double n, MedianToMeanMethod method = MedianToMeanMethod.LuoWanShi)
    {
        if (min.HasValue != max.HasValue)
        {
            throw ConversionChecks.Invalid(min.HasValue ? nameof(max) : nameof(min), $"min and max must be given together, got only {(min.HasValue ? "min" : "max")}");
        }

        if (q1.HasValue != q3.HasValue)
        {
            throw ConversionChecks.Invalid(q1.HasValue ? nameof(q3) : nameof(q1), $"q1 and q3 must be given together, got only {(q1.HasValue ? "q1" : "q3")}");
        }

        if (!min.HasValue && !q1.HasValue)
        {
            throw ConversionChecks.Invalid(nameof(median), "a median alone gives no SD: give min and max, q1 and q3, or all four");
        }

        if (method == MedianToMeanMethod.Hozo2005 && q1.HasValue)
        {
            throw ConversionChecks.Invalid(nameof(method), "Hozo 2005 uses the minimum, median and maximum only; with quartiles use the default (Luo/Wan/Shi) method");
        }

        return (min, q1) switch
        {
            ({ } a, { } lower) => FromFiveNumbers(a, lower, median, q3!.Value, max!.Value, n),
            ({ } a, null) => FromRange(a, median, max!.Value, n, method),
            _ => FromInterquartileRange(q1!.Value, median, q3!.Value, n),
        };
    }

    private static MeanSdConversion LuoWanRange(double min, double median, double max, double n)
    {
        var w = 4 / (4 + Math.Pow(n, 0.75));
        var mean = w * (min + max) / 2 + (1 - w) * median;
        var sd = (max - min) / Xi(n);
        return Result(mean, sd, "Luo 2018 mean, Wan 2014 SD", Citations.Luo2018 + "; " + Citations.Wan2014,
            "median and range", RangeInputs(min, median, max, n), RangeText(min, median, max, n));
    }

    private static MeanSdConversion HozoRange(double min, double median, double max, double n)
    {
        // Hozo et al. (2005), the estimators without n (their formulas for the mean and for S²).
        var mean = (min + 2 * median + max) / 4;
        var skew = min - 2 * median + max;
        var sd = Math.Sqrt((skew * skew / 4 + (max - min) * (max - min)) / 12);
        return Result(mean, sd, "Hozo 2005", Citations.Hozo2005, "median and range", RangeInputs(min, median, max, n), RangeText(min, median, max, n));
    }

    /// <summary>ξ(n) = 2Φ⁻¹((n − 0.375)/(n + 0.25)), Wan et al. (2014): expected range of n standard normals.</summary>
    private static double Xi(double n) => 2 * Quantiles.Normal((n - 0.375) / (n + 0.25));

    /// <summary>η(n) = 2Φ⁻¹((0.75n − 0.125)/(n + 0.25)), Wan et al. (2014): expected IQR of n standard normals.</summary>
    private static double Eta(double n) => 2 * Quantiles.Normal((0.75 * n - 0.125) / (n + 0.25));

    private static RecordBuilder RangeInputs(double min, double median, double max, double n) =>
        new RecordBuilder().In("min", min).In("median", median).In("max", max).In("n", n);

    private static string RangeText(double min, double median, double max, double n) =>
        $"min {RecordBuilder.In(min)}, median {RecordBuilder.In(median)}, max {RecordBuilder.In(max)}, n = {RecordBuilder.In(n)}";

    private static MeanSdConversion Result(double mean, double sd, string method, string citation, string from, RecordBuilder record, string inputs)
    {
        if (sd == 0)
        {
            record.Note("all reported values are equal, so the estimated SD is 0: check the source (a zero SD cannot enter an analysis of means)");
        }

        record.Out("mean", mean).Out("sd", sd);
        var description = $"Mean and SD from {from} ({method}): {inputs} → mean {RecordBuilder.Out(mean)}, SD {RecordBuilder.Out(sd)}";
        return new MeanSdConversion(mean, sd, record.Build(method, citation, description));
    }

    private static void CheckValues(double? min, double? q1, double median, double? q3, double? max, double n)
    {
        ConversionChecks.AtLeast(n, 2);
        ConversionChecks.Finite(median);
        if (min is { } a && max is { } b)
        {
            ConversionChecks.Finite(a, nameof(min));
            ConversionChecks.Finite(b, nameof(max));
        }

        if (q1 is { } lower && q3 is { } upper)
        {
            ConversionChecks.Finite(lower, nameof(q1));
            ConversionChecks.Finite(upper, nameof(q3));
        }

        // min ≤ q1 ≤ median ≤ q3 ≤ max over the values given, naming the first pair out of order.
        var values = new (string Name, double? Value)[] { ("min", min), ("q1", q1), ("median", median), ("q3", q3), ("max", max) };
        (string Name, double Value)? previous = null;
        foreach (var (name, value) in values)
        {
            if (value is not { } v)
            {
                continue;
            }

            if (previous is { } p)
            {
                ConversionChecks.Ordered(p.Value, v, p.Name, name);
            }

            previous = (name, v);
        }
    }
}
