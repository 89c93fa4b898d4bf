namespace MetaReview.Review.Project;

/// <summary>The judgement for one domain of a risk-of-bias assessment, with the text that supports it.</summary>
/// <param name="Domain">The domain's id, e.g. <c>D1</c>.</param>
/// <param name="Judgement">The judgement.</param>
/// <param name="Support">The support for the judgement (quotes, page numbers, reasoning), or <see langword="null"/>.</param>
public sealed record BiasDomainJudgement(string Domain, BiasJudgement Judgement, string? Support);
