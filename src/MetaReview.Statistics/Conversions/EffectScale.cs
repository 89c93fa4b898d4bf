namespace MetaReview.Statistics.Conversions;

/// <summary>How a reported effect and its confidence interval relate to the analysis scale.</summary>
public enum EffectScale
{
    /// <summary>
    /// A difference, analysed as reported: MD, SMD, RD, or a ratio already on the log scale. The interval must be
    /// symmetric about the estimate.
    /// </summary>
    Difference,

    /// <summary>
    /// A ratio reported on its natural scale (RR, OR, HR, IRR, ROM): estimate and bounds must be &gt; 0 and are
    /// logged, since ratio intervals are symmetric on the log scale (Cochrane Handbook §6.3.2).
    /// </summary>
    Ratio,
}
