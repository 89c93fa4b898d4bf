namespace MetaReview.Review.Project;

/// <summary>
/// A study that measured an outcome but has no usable data for it (not published, only in a figure, not
/// yet obtained from the authors): it is listed with the reason, not analysed, and never given invented numbers.
/// </summary>
/// <param name="Study">The study.</param>
/// <param name="Reason">Why there are no data, e.g. "reported only as a figure; data requested from the authors 2024-03".</param>
/// <param name="Location">Where this is recorded.</param>
public sealed record MissingOutcomeData(ReviewStudy Study, string Reason, ReviewLocation Location);
