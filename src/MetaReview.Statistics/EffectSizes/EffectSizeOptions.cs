namespace MetaReview.Statistics.EffectSizes;

/// <summary>Settings for computing study effect sizes.</summary>
/// <param name="ZeroCells">Zero-cell handling for two-arm binary data (and zero counts in rates and proportions).</param>
/// <param name="Smd">The SMD variant.</param>
public sealed record EffectSizeOptions(ZeroCellCorrection ZeroCells, SmdVariant Smd = SmdVariant.HedgesG)
{
    /// <summary>metafor's defaults: 0.5 to studies with a zero cell, Hedges' g exact.</summary>
    public static EffectSizeOptions Default { get; } = new(ZeroCellCorrection.Default);
}
