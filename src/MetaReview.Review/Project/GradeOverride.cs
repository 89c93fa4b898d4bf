using MetaReview.Review.Grade;

namespace MetaReview.Review.Project;

/// <summary>
/// The reviewers' GRADE judgement for one domain of one outcome, which replaces the suggested one. A
/// judgement without a reason is not accepted: GRADE asks that every rating be explained (Guyatt et al. 2011).
/// </summary>
/// <param name="Domain">The domain.</param>
/// <param name="Levels">
/// The change in certainty: 0, −1 or −2 for the five downgrading domains; 0, +1 or +2 for a large effect;
/// 0 or +1 for dose–response and plausible confounding.
/// </param>
/// <param name="Reason">Why, in a sentence the summary-of-findings footnote can print.</param>
/// <param name="Location">Where the judgement is in the review file.</param>
public sealed record GradeOverride(GradeDomain Domain, int Levels, string Reason, ReviewLocation Location)
{
    /// <summary>The judgement as the GRADE engine takes it (<see cref="GradeInput.Overrides"/>), marked as the reviewers'.</summary>
    public DomainJudgement ToJudgement() => new(Domain, Levels, Reason, IsOverride: true);
}
