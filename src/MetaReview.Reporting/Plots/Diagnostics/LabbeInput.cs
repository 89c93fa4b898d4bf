using System.Collections.Immutable;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>What a L'Abbé plot shows: binary studies, the effect measure and the pooled estimate.</summary>
/// <param name="Studies">The studies, in input order.</param>
/// <param name="Measure">RR, OR, PETO or RD: risks on log axes for RR, odds on log axes for OR and PETO, risks on linear axes for RD.</param>
/// <param name="Estimate">The pooled estimate on the analysis scale (log RR, log OR, RD): where the dashed line runs.</param>
public sealed record LabbeInput(ImmutableArray<LabbeStudy> Studies, EffectMeasure Measure, double Estimate);
