using MetaReview.Reporting.Plots.RiskOfBias;

namespace MetaReview.Reporting.Plots.Forest;

/// <summary>Extra per-study information for <see cref="ForestData"/>.</summary>
public sealed record ForestDataOptions
{
    /// <summary>The year of each input study (same order and length as the input list), for sorting by year.</summary>
    public IReadOnlyList<int?>? Years { get; init; }

    /// <summary>
    /// Risk-of-bias judgements, matched to the studies by name (ignoring case and repeated spaces); the plot then
    /// shows one column per domain and the overall judgement. Studies without a match get empty cells.
    /// </summary>
    public RiskOfBiasAssessment? RiskOfBias { get; init; }
}
