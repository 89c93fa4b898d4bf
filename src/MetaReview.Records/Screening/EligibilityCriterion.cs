namespace MetaReview.Records.Screening;

/// <summary>An eligibility criterion that exclusion reasons name, e.g. ("E2", "not a randomised controlled trial").</summary>
/// <param name="Id">The identifier used as <see cref="JournalEntry.Reason"/>.</param>
/// <param name="Description">What it says.</param>
public sealed record EligibilityCriterion(string Id, string Description);
