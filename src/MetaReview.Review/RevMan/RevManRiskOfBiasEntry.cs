namespace MetaReview.Review.RevMan;

/// <summary>One study's judgement for one risk-of-bias domain.</summary>
/// <param name="StudyId">The study's identifier.</param>
/// <param name="StudyName">The study's name.</param>
/// <param name="Judgement">The judgement, mapped.</param>
/// <param name="JudgementText">RevMan's word for it, e.g. "YES", "Low risk".</param>
/// <param name="Support">The support for the judgement, as text.</param>
/// <param name="Group">For domains assessed per outcome group (rm5 <c>LEVEL="GROUP"</c>), the group's name or identifier.</param>
public sealed record RevManRiskOfBiasEntry(string StudyId, string StudyName, RevManBiasJudgement Judgement, string JudgementText, string Support, string? Group = null);
