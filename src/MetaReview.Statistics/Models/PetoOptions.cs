namespace MetaReview.Statistics.Models;

/// <summary>Settings for <see cref="Peto"/>. The defaults reproduce metafor's <c>rma.peto</c>.</summary>
public sealed record PetoOptions
{
    /// <summary>
    /// metafor (default: double-zero studies count in k with weight 0) or RevMan 5 (they are not estimable and
    /// are left out of k). The estimate, its variance and Q are the same under both.
    /// </summary>
    public BinaryPoolingConvention Convention { get; init; } = BinaryPoolingConvention.Metafor;

    /// <summary>Confidence level, 0 &lt; level &lt; 1. Default 0.95.</summary>
    public double Level { get; init; } = 0.95;

    /// <summary>metafor's <c>rma.peto</c> defaults.</summary>
    public static PetoOptions Default { get; } = new();

    /// <summary>RevMan 5's conventions.</summary>
    public static PetoOptions RevMan5 { get; } = new() { Convention = BinaryPoolingConvention.RevMan5 };
}
