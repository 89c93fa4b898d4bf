namespace MetaReview.Statistics.EffectSizes;

/// <summary>One study's effect size on the analysis scale.</summary>
/// <param name="Yi">The estimate on the analysis scale (log for ratio measures).</param>
/// <param name="Vi">Its sampling variance.</param>
/// <param name="Increment">The continuity correction added to each cell, or 0 when none was added.</param>
public sealed record EffectSize(double Yi, double Vi, double Increment = 0)
{
    /// <summary>The standard error √vi.</summary>
    public double Sei => Math.Sqrt(Vi);
}
