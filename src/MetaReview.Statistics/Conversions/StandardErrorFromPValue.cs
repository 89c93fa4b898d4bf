using System.Globalization;
using MetaReview.Statistics.Internal;

namespace MetaReview.Statistics.Conversions;

/// <summary>
/// The standard error of an effect from its estimate and two-sided P value: SE = |estimate| / q, q =
/// Φ⁻¹(1 − p/2) (a z test) or the t quantile with the test's degrees of freedom (a t test), on the analysis
/// scale (log for ratios). Cochrane Handbook §6.3.1–6.3.2 (Higgins et al. (eds) 2019, doi:10.1002/9781119536604).
/// </summary>
/// <remarks>
/// Needs the exact P value: a threshold ("P &lt; 0.05") used as if exact gives an SE that is too large
/// (conservative), and the record cannot tell. Valid input: p in (0, 1); the estimate finite and ≠ 0 (a
/// difference) or &gt; 0 and ≠ 1 (a ratio), because a null estimate carries no information on the SE;
/// df &gt; 0 when given.
/// </remarks>
public static class StandardErrorFromPValue
{
    /// <summary>SE = |estimate on the analysis scale| / q(1 − p/2).</summary>
    /// <param name="estimate">The reported estimate (a ratio on its natural scale when <paramref name="scale"/> is <see cref="EffectScale.Ratio"/>).</param>
    /// <param name="p">The two-sided P value, 0 &lt; p &lt; 1.</param>
    /// <param name="scale">Whether the estimate is a difference or a ratio to be logged.</param>
    /// <param name="df">The t test's degrees of freedom (e.g. n1 + n2 − 2), or null for a z test.</param>
    /// <exception cref="ArgumentException">When p is not in (0, 1), the estimate is invalid or null (0, or 1 for a ratio), or df ≤ 0.</exception>
    public static StandardErrorConversion Compute(double estimate, double p, EffectScale scale, double? df = null)
    {
        ConversionChecks.OpenUnit(p);
        if (df is { } d)
        {
            ConversionChecks.Positive(d, nameof(df));
        }

        var y = EffectScales.Estimate(estimate, scale);
        if (y == 0)
        {
            throw ConversionChecks.Invalid(nameof(estimate), $"estimate must differ from the null value ({(scale == EffectScale.Ratio ? "1" : "0")}) to give an SE from a P value, got {ConversionChecks.F(estimate)}");
        }

        // q(1 − p/2) computed as −q(p/2): 1 − p/2 rounds to 1 for p below about 1e-16.
        var statistic = -(df is { } degrees ? Quantiles.StudentT(p / 2, degrees) : Quantiles.Normal(p / 2));
        var se = Math.Abs(y) / statistic;

        var record = new RecordBuilder().In("estimate", estimate).In("p", p);
        if (df is { } dfIn)
        {
            record.In("df", dfIn);
        }

        record.Out("yi", y).Out(df is null ? "z" : "t", statistic).Out("se", se);
        var test = df is { } t ? $"t with {t.ToString(CultureInfo.InvariantCulture)} df" : "z";
        var what = scale == EffectScale.Ratio ? "ratio, on the log scale" : "difference";
        var logged = scale == EffectScale.Ratio ? $"log estimate {RecordBuilder.Out(y)}, " : "";
        var description = $"SE from two-sided P value ({what}; {test}): estimate {RecordBuilder.In(estimate)}, P = {RecordBuilder.In(p)} → {logged}{(df is null ? "z" : "t")} {RecordBuilder.Out(statistic)}, SE {RecordBuilder.Out(se)}";
        var method = df is null ? "SE from P value (z)" : "SE from P value (t)";
        return new StandardErrorConversion(y, se, record.Build(method, Citations.HandbookEffectSe, description));
    }
}
