namespace MetaReview.Statistics.Models;

/// <summary>Settings for <see cref="MantelHaenszel"/>. The defaults reproduce metafor's <c>rma.mh</c>.</summary>
public sealed record MantelHaenszelOptions
{
    /// <summary>metafor (default) or RevMan 5 handling of zero cells, double zeros and the study effects in Q.</summary>
    public BinaryPoolingConvention Convention { get; init; } = BinaryPoolingConvention.Metafor;

    /// <summary>
    /// The variance of the MH risk difference, or <see langword="null"/> for the convention's own:
    /// Sato–Greenland–Robins (metafor) or Greenland–Robins (RevMan 5).
    /// </summary>
    public MantelHaenszelRdVariance? RiskDifferenceVariance { get; init; }

    /// <summary>
    /// Subtract 0.5 from |Σ(aᵢ − E(aᵢ))| in the Cochran–Mantel–Haenszel statistic (metafor <c>correct=TRUE</c>,
    /// the default).
    /// </summary>
    public bool CmhContinuityCorrection { get; init; } = true;

    /// <summary>
    /// The value added to each cell of a study with a zero cell where the convention adds one (the study effects in
    /// Q; under RevMan 5 also the MH computations), ≥ 0. Default 0.5.
    /// </summary>
    public double Increment { get; init; } = 0.5;

    /// <summary>Confidence level, 0 &lt; level &lt; 1. Default 0.95.</summary>
    public double Level { get; init; } = 0.95;

    /// <summary>metafor's <c>rma.mh</c> defaults.</summary>
    public static MantelHaenszelOptions Default { get; } = new();

    /// <summary>RevMan 5's conventions (Greenland–Robins variance for the RD).</summary>
    public static MantelHaenszelOptions RevMan5 { get; } = new() { Convention = BinaryPoolingConvention.RevMan5 };

    /// <summary>The RD variance in effect: the one given, or the convention's.</summary>
    internal MantelHaenszelRdVariance EffectiveRdVariance => RiskDifferenceVariance
        ?? (Convention == BinaryPoolingConvention.RevMan5 ? MantelHaenszelRdVariance.GreenlandRobins : MantelHaenszelRdVariance.SatoGreenlandRobins);
}
