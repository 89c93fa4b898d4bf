namespace MetaReview.Review.RevMan.Conversion.Internal;

/// <summary>An eligibility criterion made from RevMan's reasons for exclusion.</summary>
internal sealed record PlannedCriterion(string Id, string Text, string Reason);
