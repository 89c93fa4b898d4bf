using System.Collections.Immutable;

namespace MetaReview.Reporting.Plots.RiskOfBias;

/// <summary>
/// One study's judgements, one per domain of the tool in order, the overall judgement (null when the
/// review gives none) and an optional weight (e.g. its meta-analysis weight in percent) for the
/// weighted summary plot.
/// </summary>
public sealed record StudyJudgements(string Study, ImmutableArray<Judgement> Domains, Judgement? Overall = null, double? Weight = null);
