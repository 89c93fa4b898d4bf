using System.Collections.Immutable;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>What a radial (Galbraith) plot shows: the studies and the fitted model.</summary>
/// <param name="Studies">The studies, in input order.</param>
/// <param name="Estimate">The pooled estimate on the analysis scale: the slope of the line through the origin.</param>
/// <param name="Tau2">
/// tau² of a random-effects model (0 for the fixed-effect model): the precisions become 1/√(vᵢ + tau²), as in
/// metafor's <c>radial()</c> of a random-effects model.
/// </param>
/// <param name="Measure">
/// The effect measure, for the arc's scale: ratio measures are labelled back-transformed (e.g. risk ratios),
/// others on the analysis scale. <see cref="EffectMeasure.GEN"/> labels plain estimates.
/// </param>
public sealed record RadialInput(ImmutableArray<RadialStudy> Studies, double Estimate, double Tau2 = 0, EffectMeasure Measure = EffectMeasure.GEN);
