using System.Collections.Immutable;
using MetaReview.Reporting.Plots.RiskOfBias;

namespace MetaReview.Reporting.Plots.Forest;

/// <summary>
/// One row of a forest plot: a study (or a leave-one-out / cumulative step) with its estimate and confidence
/// interval on the reporting scale (ratios as ratios, not logs). A row without an estimate is printed
/// "Not estimable" (e.g. a study with no events in either arm). A row with a weight is drawn as a square whose
/// area is proportional to the weight; without one, as a point of fixed size.
/// </summary>
public sealed record ForestRow
{
    /// <summary>The label printed in the study column, e.g. "Aronson 1948".</summary>
    public required string Label { get; init; }

    /// <summary>The estimate on the reporting scale, or null when the study is not estimable.</summary>
    public double? Estimate { get; init; }

    public double? CiLower { get; init; }

    public double? CiUpper { get; init; }

    /// <summary>The weight in percent of the analysis (RevMan's "Weight"), or null.</summary>
    public double? Weight { get; init; }

    /// <summary>The texts of the <see cref="ForestPlotData.Columns"/>, in order (missing or null cells are empty).</summary>
    public ImmutableArray<string?> Cells { get; init; } = [];

    /// <summary>The year of the study, for <see cref="ForestSort.Year"/>.</summary>
    public int? Year { get; init; }

    /// <summary>The study's risk-of-bias judgements, shown when <see cref="ForestPlotData.RiskOfBiasTool"/> is set.</summary>
    public StudyJudgements? RiskOfBias { get; init; }

    /// <summary>True when the row has an estimate and both confidence bounds.</summary>
    public bool IsEstimable => Estimate is not null && CiLower is not null && CiUpper is not null;
}
