namespace MetaReview.Statistics.Models;

/// <summary>How the pooled estimate is tested and its confidence interval built.</summary>
public enum TestMethod
{
    /// <summary>Wald-type z test and normal-based interval (metafor <c>test="z"</c>, RevMan).</summary>
    Z,

    /// <summary>
    /// Hartung–Knapp–Sidik–Jonkman: the variance of the estimate is scaled by
    /// Σwᵢ(yᵢ − µ̂)²/(k − p) and t(k − p) quantiles are used (metafor <c>test="knha"</c>).
    /// </summary>
    Knha,
}
