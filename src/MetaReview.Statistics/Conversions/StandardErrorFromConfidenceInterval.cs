using System.Globalization;
using MetaReview.Statistics.Internal;

namespace MetaReview.Statistics.Conversions;

/// <summary>
/// The standard error of an effect (a difference, or a ratio on the log scale) from its confidence interval:
/// SE = (upper − lower)/(2·q) on the analysis scale, q = Φ⁻¹(1 − α/2) = 1.959964 for a 95% CI, or the t
/// quantile with the given degrees of freedom. Cochrane Handbook §6.3.1–6.3.2 (Higgins et al. (eds) 2019,
/// doi:10.1002/9781119536604).
/// </summary>
/// <remarks>
/// For ratios the bounds are logged first: SE = (ln upper − ln lower)/(2·q), and the estimate, if given, is
/// returned as its log. When the estimate is given and the interval is not symmetric about it on the analysis
/// scale (half-widths differing by more than 10% of the width), the record carries a note: a ratio entered as
/// a difference is the usual cause. Valid input: finite bounds with lower ≤ upper (both &gt; 0 for ratios),
/// level in (0, 1), df &gt; 0 when given. Equal bounds give SE 0 with a note.
/// </remarks>
public static class StandardErrorFromConfidenceInterval
{
    /// <summary>SE = (upper − lower)/(2·q) on the analysis scale.</summary>
    /// <param name="ciLower">The lower bound as reported (a ratio on its natural scale when <paramref name="scale"/> is <see cref="EffectScale.Ratio"/>).</param>
    /// <param name="ciUpper">The upper bound (≥ lower).</param>
    /// <param name="scale">Whether the bounds are a difference or a ratio to be logged.</param>
    /// <param name="estimate">The reported point estimate, if any (returned on the analysis scale and used to check symmetry).</param>
    /// <param name="level">The confidence level, default 0.95.</param>
    /// <param name="df">Degrees of freedom when the interval used a t quantile (e.g. n1 + n2 − 2 for a small-sample MD); null for the normal quantile.</param>
    /// <exception cref="ArgumentException">When a bound or the estimate is invalid for the scale, lower &gt; upper, the level is not in (0, 1), or df ≤ 0.</exception>
    public static StandardErrorConversion Compute(double ciLower, double ciUpper, EffectScale scale, double? estimate = null, double level = 0.95, double? df = null)
    {
        ConversionChecks.OpenUnit(level);
        if (df is { } d)
        {
            ConversionChecks.Positive(d, nameof(df));
        }

        var (lower, upper, y) = EffectScales.ToAnalysisScale(ciLower, ciUpper, estimate, scale);
        var p = (1 + level) / 2;
        var quantile = df is { } degrees ? Quantiles.StudentT(p, degrees) : Quantiles.Normal(p);
        var se = (upper - lower) / (2 * quantile);

        var record = new RecordBuilder();
        if (estimate is { } given)
        {
            record.In("estimate", given);
        }

        record.In("ci_lower", ciLower).In("ci_upper", ciUpper).In("level", level);
        if (df is { } dfIn)
        {
            record.In("df", dfIn);
        }

        if (y is { } yi)
        {
            record.Out("yi", yi);
        }

        record.Out("se", se);
        if (y is { } centre && IntervalShape.AsymmetryNote(lower, centre, upper, scale == EffectScale.Ratio ? "log estimate" : "estimate") is { } note)
        {
            record.Note(note);
        }

        if (se == 0)
        {
            record.Note("the interval has zero width, so the SE is 0: check the source");
        }

        var multiplier = df is { } t ? $"t with {t.ToString(CultureInfo.InvariantCulture)} df" : $"normal, 2 × {RecordBuilder.Out(quantile)}";
        var what = scale == EffectScale.Ratio ? "ratio, on the log scale" : "difference";
        var estimateText = estimate is { } e ? $"estimate {RecordBuilder.In(e)}, " : "";
        var yiText = scale == EffectScale.Ratio && y is { } logged ? $"log estimate {RecordBuilder.Out(logged)}, " : "";
        var description = $"SE from {RecordBuilder.Percent(level)} CI ({what}; {multiplier}): {estimateText}({RecordBuilder.In(ciLower)}, {RecordBuilder.In(ciUpper)}) → {yiText}SE {RecordBuilder.Out(se)}";
        var method = scale == EffectScale.Ratio ? "SE from CI of a ratio (log scale)" : "SE from CI of a difference";
        return new StandardErrorConversion(y, se, record.Build(method, Citations.HandbookEffectSe, description));
    }
}
