namespace MetaReview.Statistics.EffectSizes;

/// <summary>Properties of each <see cref="EffectMeasure"/>: data type, scale, names and back-transformation.</summary>
public static class EffectMeasureExtensions
{
    /// <summary>The data type the measure is computed from.</summary>
    public static DataType DataType(this EffectMeasure measure) => measure switch
    {
        EffectMeasure.MD or EffectMeasure.SMD or EffectMeasure.ROM => EffectSizes.DataType.Continuous,
        EffectMeasure.RR or EffectMeasure.OR or EffectMeasure.RD or EffectMeasure.PETO => EffectSizes.DataType.Binary,
        EffectMeasure.IRR => EffectSizes.DataType.Rates,
        EffectMeasure.COR or EffectMeasure.ZCOR => EffectSizes.DataType.Correlation,
        EffectMeasure.PR or EffectMeasure.PLO or EffectMeasure.PAS or EffectMeasure.PFT => EffectSizes.DataType.Proportion,
        EffectMeasure.GEN => EffectSizes.DataType.Generic,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Unknown effect measure."),
    };

    /// <summary>
    /// True for ratio measures (RR, OR, PETO, IRR, ROM), which are analysed as natural logarithms and
    /// reported back-transformed with <see cref="Math.Exp"/>.
    /// </summary>
    public static bool IsRatio(this EffectMeasure measure) =>
        measure is EffectMeasure.RR or EffectMeasure.OR or EffectMeasure.PETO or EffectMeasure.IRR or EffectMeasure.ROM;

    /// <summary>
    /// The value that means "no effect" on the analysis scale (0 for differences and log ratios), or
    /// <see langword="null"/> for measures without one (correlations, proportions, generic estimates).
    /// </summary>
    public static double? NullValue(this EffectMeasure measure) => measure switch
    {
        EffectMeasure.MD or EffectMeasure.SMD or EffectMeasure.ROM or EffectMeasure.RR or EffectMeasure.OR
            or EffectMeasure.RD or EffectMeasure.PETO or EffectMeasure.IRR or EffectMeasure.GEN => 0.0,
        _ => null,
    };

    /// <summary>The reviewers' name of the measure on its reporting scale, e.g. "Risk ratio".</summary>
    public static string DisplayName(this EffectMeasure measure) => measure switch
    {
        EffectMeasure.MD => "Mean difference",
        EffectMeasure.SMD => "Standardised mean difference",
        EffectMeasure.ROM => "Ratio of means",
        EffectMeasure.RR => "Risk ratio",
        EffectMeasure.OR => "Odds ratio",
        EffectMeasure.RD => "Risk difference",
        EffectMeasure.PETO => "Peto odds ratio",
        EffectMeasure.IRR => "Incidence rate ratio",
        EffectMeasure.COR => "Correlation",
        EffectMeasure.ZCOR => "Correlation (Fisher z)",
        EffectMeasure.PR => "Proportion",
        EffectMeasure.PLO => "Proportion (logit)",
        EffectMeasure.PAS => "Proportion (arcsine)",
        EffectMeasure.PFT => "Proportion (Freeman–Tukey)",
        EffectMeasure.GEN => "Estimate",
        _ => measure.ToString(),
    };

    /// <summary>
    /// True when results on the analysis scale are also shown back-transformed (ratios, Fisher z,
    /// transformed proportions).
    /// </summary>
    public static bool HasBackTransform(this EffectMeasure measure) =>
        measure.IsRatio() || measure is EffectMeasure.ZCOR or EffectMeasure.PLO or EffectMeasure.PAS or EffectMeasure.PFT;

    /// <summary>
    /// Back-transforms a value from the analysis scale to the reporting scale: exp for ratio measures,
    /// tanh for Fisher z, the inverse logit for PLO, sin² for PAS, and the inverse Freeman–Tukey
    /// transformation for PFT. For PFT the inverse needs a sample size: <paramref name="harmonicMeanN"/>
    /// (Miller 1978; metafor <c>transf.ipft.hm</c>) is used when given, otherwise the simple inverse
    /// sin²(y/2) is returned. Other measures are returned unchanged.
    /// </summary>
    public static double BackTransform(this EffectMeasure measure, double value, double? harmonicMeanN = null)
    {
        switch (measure)
        {
            case EffectMeasure.RR or EffectMeasure.OR or EffectMeasure.PETO or EffectMeasure.IRR or EffectMeasure.ROM:
                return Math.Exp(value);
            case EffectMeasure.ZCOR:
                return Math.Tanh(value);
            case EffectMeasure.PLO:
                return 1.0 / (1.0 + Math.Exp(-value));
            case EffectMeasure.PAS:
                {
                    var s = Math.Sin(Math.Clamp(value, 0.0, Math.PI / 2));
                    return s * s;
                }
            case EffectMeasure.PFT:
                return harmonicMeanN is { } n ? InverseFreemanTukey(value, n) : Math.Pow(Math.Sin(Math.Clamp(value, 0.0, Math.PI) / 2), 2);
            default:
                return value;
        }
    }

    /// <summary>
    /// Inverse of the Freeman–Tukey double arcsine transformation for a given n (Miller 1978), with
    /// y = asin(√(x/(n+1))) + asin(√((x+1)/(n+1))); results outside [0, 1] are truncated.
    /// </summary>
    private static double InverseFreemanTukey(double y, double n)
    {
        if (y <= 0)
        {
            return 0;
        }

        if (y >= Math.PI)
        {
            return 1;
        }

        var sinY = Math.Sin(y);
        var cosY = Math.Cos(y);
        var inner = sinY + (sinY - 1.0 / sinY) / n;
        var p = 0.5 * (1 - Math.Sign(cosY) * Math.Sqrt(Math.Max(0, 1 - inner * inner)));
        return Math.Clamp(p, 0, 1);
    }
}
