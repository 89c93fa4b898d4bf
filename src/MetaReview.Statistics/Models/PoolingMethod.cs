namespace MetaReview.Statistics.Models;

/// <summary>How study results are weighted and combined.</summary>
public enum PoolingMethod
{
    /// <summary>Inverse variance (any measure).</summary>
    IV,

    /// <summary>Mantel–Haenszel (RR, OR, RD; fixed effect).</summary>
    MH,

    /// <summary>Peto's one-step odds ratio (fixed effect).</summary>
    Peto,
}
