using MetaReview.Review.Project;

namespace MetaReview.Review.RevMan.Conversion.Internal;

/// <summary>The risk-of-bias section as it will be written: the tool, its domains (for a custom tool) and the assessments.</summary>
/// <param name="Tool">"rob1" or "custom".</param>
/// <param name="Domains">(id, name) of each domain, in RevMan's order.</param>
/// <param name="Assessments">Per study: a judgement with its support for every domain.</param>
internal sealed record PlannedRiskOfBias(string Tool, List<(string Id, string Name)> Domains, List<(PlannedStudy Study, List<(string Domain, BiasJudgement Judgement, string Support)> Judgements)> Assessments);
