namespace MetaReview.Statistics.EffectSizes;

/// <summary>Incidence rate ratios, correlations and single proportions (metafor <c>escalc</c> definitions).</summary>
internal static class OtherEffectSizes
{
    /// <summary>log((x1/t1)/(x2/t2)), v = 1/x1 + 1/x2, after adding <paramref name="increment"/> to both counts.</summary>
    public static EffectSize? Rate(RateArms d, double increment)
    {
        var x1 = d.EventsE + increment;
        var x2 = d.EventsC + increment;
        var yi = Math.Log(x1 / d.TimeE) - Math.Log(x2 / d.TimeC);
        var vi = 1 / x1 + 1 / x2;
        return Valid(yi, vi, increment);
    }

    /// <summary>COR: r with v = (1 − r²)²/(n − 1); ZCOR: atanh(r) with v = 1/(n − 3).</summary>
    public static EffectSize? Correlation(EffectMeasure measure, CorrelationData d) => measure switch
    {
        EffectMeasure.COR => Valid(d.R, Math.Pow(1 - d.R * d.R, 2) / (d.N - 1), 0),
        EffectMeasure.ZCOR => Valid(Math.Atanh(d.R), 1 / (d.N - 3), 0),
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Not a correlation measure."),
    };

    /// <summary>
    /// PR: p = x/n, v = p(1 − p)/n; PLO: log(p/(1 − p)), v = 1/x + 1/(n − x); PAS: asin(√p), v = 1/(4n);
    /// PFT: ½[asin(√(x/(n+1))) + asin(√((x+1)/(n+1)))], v = 1/(4n + 2) (Freeman and Tukey 1950).
    /// The increment is added to events and non-events (PR, PLO only).
    /// </summary>
    public static EffectSize? Proportion(EffectMeasure measure, ProportionData d, double increment)
    {
        var x = d.Events;
        var n = d.N;
        switch (measure)
        {
            case EffectMeasure.PR:
                {
                    var p = (x + increment) / (n + 2 * increment);
                    return Valid(p, p * (1 - p) / (n + 2 * increment), increment);
                }

            case EffectMeasure.PLO:
                {
                    var events = x + increment;
                    var nonEvents = n - x + increment;
                    return Valid(Math.Log(events / nonEvents), 1 / events + 1 / nonEvents, increment);
                }

            case EffectMeasure.PAS:
                return Valid(Math.Asin(Math.Sqrt(x / n)), 1 / (4 * n), 0);
            case EffectMeasure.PFT:
                return Valid(0.5 * (Math.Asin(Math.Sqrt(x / (n + 1))) + Math.Asin(Math.Sqrt((x + 1) / (n + 1)))), 1 / (4 * n + 2), 0);
            default:
                throw new ArgumentOutOfRangeException(nameof(measure), measure, "Not a proportion measure.");
        }
    }

    private static EffectSize? Valid(double yi, double vi, double increment) =>
        double.IsFinite(yi) && double.IsFinite(vi) && vi > 0 ? new EffectSize(yi, vi, increment) : null;
}
