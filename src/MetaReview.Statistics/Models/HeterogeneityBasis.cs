namespace MetaReview.Statistics.Models;

/// <summary>How I² and H² are computed.</summary>
public enum HeterogeneityBasis
{
    /// <summary>
    /// From tau²: I² = 100·tau²/(tau² + s²), H² = (tau² + s²)/s² with s² the typical within-study
    /// variance (metafor in random-effects models; RevMan Web). Fixed-effect models use Q.
    /// </summary>
    Tau2,

    /// <summary>From Q: I² = 100·(Q − df)/Q truncated at 0, H² = Q/df (Higgins and Thompson 2002; RevMan 5).</summary>
    Q,
}
