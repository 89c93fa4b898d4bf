namespace MetaReview.Review.Project;

/// <summary>
/// An eligibility criterion with an id; excluded studies name the criterion they fail, so that the PRISMA
/// flow diagram can count exclusions by reason.
/// </summary>
/// <param name="Id">The id studies refer to, e.g. <c>design</c>.</param>
/// <param name="Text">The criterion, e.g. "Randomised controlled trials".</param>
/// <param name="Reason">
/// How an exclusion on this criterion is reported, e.g. "not randomised"; <see langword="null"/> to use the criterion's text.
/// </param>
/// <param name="Location">Where the criterion is defined.</param>
public sealed record EligibilityCriterion(string Id, string Text, string? Reason, ReviewLocation Location)
{
    /// <summary>The reason printed for studies excluded on this criterion.</summary>
    public string ExclusionReason => Reason ?? Text;
}
