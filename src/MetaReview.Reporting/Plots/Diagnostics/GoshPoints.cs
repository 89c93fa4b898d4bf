using System.Collections.Immutable;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>
/// The model fitted to many subsets of the studies (a GOSH analysis): one pooled estimate and one I² per subset,
/// index for index. metafor: <c>gosh(res)$res$estimate</c> and <c>$I2</c>. Subsets with a missing value (NaN)
/// are left out of the plot and counted in its description.
/// </summary>
/// <param name="Estimates">The pooled estimate of each subset, on the analysis scale.</param>
/// <param name="I2">I² of each subset, in percent (0 to 100).</param>
public sealed record GoshPoints(ImmutableArray<double> Estimates, ImmutableArray<double> I2)
{
    /// <summary>The effect measure, for the horizontal axis' default title (e.g. "Log risk ratio").</summary>
    public EffectMeasure Measure { get; init; } = EffectMeasure.GEN;
}
