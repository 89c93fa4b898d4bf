namespace MetaReview.Records.Screening;

/// <summary>Where a record stands at one stage.</summary>
public enum ScreeningOutcome
{
    /// <summary>No reviewer has decided.</summary>
    NotScreened,

    /// <summary>Fewer reviewers than <see cref="ScreeningRules.ReviewersPerRecord"/> have decided, and they agree so far.</summary>
    AwaitingReviewer,

    /// <summary>Reviewers disagree and no resolution has been recorded.</summary>
    Conflict,

    /// <summary>Final: include.</summary>
    Include,

    /// <summary>Final: exclude.</summary>
    Exclude,

    /// <summary>Final: maybe (title/abstract: goes on to full text; full text: awaiting classification).</summary>
    Maybe,

    /// <summary>Final: the full text could not be retrieved.</summary>
    NotRetrieved,
}
