using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Analysis;

/// <summary>Everything that decides an analysis: measure, effect-size rules, pooling method and model.</summary>
public sealed record AnalysisOptions
{
    /// <summary>The effect measure.</summary>
    public required EffectMeasure Measure { get; init; }

    /// <summary>IV, MH or Peto.</summary>
    public PoolingMethod Method { get; init; } = PoolingMethod.IV;

    /// <summary>Zero-cell handling and SMD variant.</summary>
    public EffectSizeOptions EffectSizes { get; init; } = EffectSizeOptions.Default;

    /// <summary>Model, tau² estimator, test, level, prediction interval, heterogeneity basis.</summary>
    public ModelOptions Model { get; init; } = ModelOptions.Default;

    /// <summary>The convention the defaults came from (<c>metafor</c> or <c>revman5</c>).</summary>
    public string Preset { get; init; } = Analysis.Preset.Metafor.Name;
}
