using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>One study of a L'Abbé plot: its two arms' events and totals.</summary>
/// <param name="Label">The study's name.</param>
/// <param name="Arms">Events and totals in the experimental and control arms.</param>
/// <param name="Weight">
/// The study's weight in the meta-analysis (any scale: only ratios matter), which sets the circle's area; null for
/// the inverse of the study's sampling variance on the measure's scale (the fixed-effect weight).
/// </param>
public sealed record LabbeStudy(string Label, BinaryArms Arms, double? Weight = null);
