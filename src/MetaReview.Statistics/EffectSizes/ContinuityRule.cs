namespace MetaReview.Statistics.EffectSizes;

/// <summary>Which studies get the continuity correction added to their four cells.</summary>
public enum ContinuityRule
{
    /// <summary>No correction; a study with a zero cell may be non-estimable for RR and OR.</summary>
    None,

    /// <summary>Only studies with at least one zero cell (metafor <c>to="only0"</c>, RevMan; the default).</summary>
    OnlyStudiesWithZero,

    /// <summary>Every study (metafor <c>to="all"</c>).</summary>
    AllStudies,

    /// <summary>Every study, but only when at least one study has a zero cell (metafor <c>to="if0all"</c>).</summary>
    AllIfAnyZero,
}
