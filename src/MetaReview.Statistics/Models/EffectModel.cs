namespace MetaReview.Statistics.Models;

/// <summary>The model for pooling: a common (fixed) effect or random effects.</summary>
public enum EffectModel
{
    /// <summary>Fixed (common, equal) effect: all studies estimate one true effect (metafor <c>method="EE"</c>).</summary>
    Fixed,

    /// <summary>Random effects: true effects vary with variance tau² around a mean.</summary>
    Random,
}
