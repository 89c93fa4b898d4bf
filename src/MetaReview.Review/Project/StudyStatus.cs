namespace MetaReview.Review.Project;

/// <summary>Where a study stands in the review.</summary>
public enum StudyStatus
{
    /// <summary>Eligible and included; its data enter the analyses.</summary>
    Included,

    /// <summary>
    /// Eligible, but the data needed are not published (or not yet obtained from the authors): the study is
    /// listed, and no numbers are invented for it.
    /// </summary>
    AwaitingData,

    /// <summary>Excluded at full-text assessment, for the reason of an eligibility criterion.</summary>
    Excluded,
}
