namespace MetaReview.Statistics.Conversions;

/// <summary>Moves reported effects and bounds to the analysis scale (logs for ratios), checking them on the way.</summary>
internal static class EffectScales
{
    /// <summary>The bounds and (optional) estimate on the analysis scale.</summary>
    public static (double Lower, double Upper, double? Estimate) ToAnalysisScale(double ciLower, double ciUpper, double? estimate, EffectScale scale)
    {
        if (scale == EffectScale.Ratio)
        {
            ConversionChecks.Positive(ciLower);
            ConversionChecks.Positive(ciUpper);
        }
        else
        {
            ConversionChecks.Finite(ciLower);
            ConversionChecks.Finite(ciUpper);
        }

        ConversionChecks.Ordered(ciLower, ciUpper);
        return (Transform(ciLower, scale), Transform(ciUpper, scale), estimate is { } e ? Estimate(e, scale) : null);
    }

    /// <summary>An estimate on the analysis scale (ratios must be &gt; 0).</summary>
    public static double Estimate(double estimate, EffectScale scale)
    {
        if (scale == EffectScale.Ratio)
        {
            ConversionChecks.Positive(estimate);
        }
        else
        {
            ConversionChecks.Finite(estimate);
        }

        return Transform(estimate, scale);
    }

    private static double Transform(double value, EffectScale scale) => scale switch
    {
        EffectScale.Difference => value,
        EffectScale.Ratio => Math.Log(value),
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, "Unknown effect scale."),
    };
}
