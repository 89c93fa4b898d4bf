namespace MetaReview.Review.Project;

/// <summary>A domain of a risk-of-bias tool.</summary>
/// <param name="Id">The key used in the review file, e.g. <c>D1</c> or <c>allocation_concealment</c>.</param>
/// <param name="Name">The domain's name, e.g. "Bias arising from the randomization process".</param>
public sealed record RiskOfBiasDomain(string Id, string Name);
