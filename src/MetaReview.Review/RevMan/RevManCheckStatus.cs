namespace MetaReview.Review.RevMan;

/// <summary>How a re-analysis compared with what RevMan stored.</summary>
public enum RevManCheckStatus
{
    /// <summary>Every stored value agrees within the tolerance.</summary>
    Pass,

    /// <summary>At least one stored value does not agree.</summary>
    Fail,

    /// <summary>MetaReview re-analysed the data, but RevMan stored no results to compare with.</summary>
    NotStored,

    /// <summary>MetaReview cannot re-analyse this outcome (the reason says why).</summary>
    Skipped,
}
