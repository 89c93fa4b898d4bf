namespace MetaReview.Review.RevMan;

/// <summary>Where a study sits in RevMan's "Studies and references".</summary>
public enum RevManStudyStatus
{
    /// <summary>Included studies.</summary>
    Included,

    /// <summary>Excluded studies.</summary>
    Excluded,

    /// <summary>Studies awaiting classification.</summary>
    Awaiting,

    /// <summary>Ongoing studies.</summary>
    Ongoing,
}
