namespace MetaReview.Records.Screening;

/// <summary>
/// An eligibility criterion that exclusion reasons name, e.g. ("E2", "Randomised controlled trials", "not randomised").
/// The command line builds these from <c>review.yaml</c>'s criteria (id, text, reason), or from <c>DIR/screening/criteria.txt</c>.
/// </summary>
/// <param name="Id">The identifier used as <see cref="JournalEntry.Reason"/>.</param>
/// <param name="Description">What it says (shown beside the record while screening).</param>
/// <param name="Reason">How an exclusion on it is reported, e.g. "not randomised"; null to use <paramref name="Description"/>.</param>
public sealed record EligibilityCriterion(string Id, string Description, string? Reason = null)
{
    /// <summary>What the PRISMA diagram prints for reports excluded on this criterion.</summary>
    public string ExclusionReason => Reason ?? Description;
}
