namespace MetaReview.Statistics.SmallStudy;

/// <summary>The predictor of a regression test for funnel plot asymmetry (metafor <c>regtest(predictor=)</c>).</summary>
public enum AsymmetryPredictor
{
    /// <summary>The standard error √vᵢ (Egger's test; PET). metafor <c>"sei"</c>.</summary>
    StandardError,

    /// <summary>The sampling variance vᵢ (PEESE; Moreno et al. 2009). metafor <c>"vi"</c>.</summary>
    Variance,

    /// <summary>The total sample size nᵢ. metafor <c>"ni"</c>.</summary>
    SampleSize,

    /// <summary>1/nᵢ (Peters et al. 2006 with metafor's weights 1/vᵢ). metafor <c>"ninv"</c>.</summary>
    InverseSampleSize,

    /// <summary>√nᵢ. metafor <c>"sqrtni"</c>.</summary>
    SqrtSampleSize,

    /// <summary>1/√nᵢ. metafor <c>"sqrtninv"</c>.</summary>
    InverseSqrtSampleSize,
}
