using System.Collections.Immutable;

namespace MetaReview.Reporting.Plots.Forest;

/// <summary>
/// A pooled estimate, drawn as a diamond: a subgroup's subtotal or the overall total, on the reporting scale,
/// with the rows and lines RevMan prints under it.
/// </summary>
public sealed record ForestSummary
{
    /// <summary>The label, or null for the layout's default ("Subtotal (95% CI)" / "Total (95% CI)" in RevMan's).</summary>
    public string? Label { get; init; }

    public required double Estimate { get; init; }

    public required double CiLower { get; init; }

    public required double CiUpper { get; init; }

    /// <summary>The confidence level of the interval, e.g. 0.95 (printed in the default label).</summary>
    public double Level { get; init; } = 0.95;

    /// <summary>The summed weight of its studies in percent (100 for the total), or null.</summary>
    public double? Weight { get; init; }

    /// <summary>Cells of the summary row in the data columns (RevMan: the arm totals).</summary>
    public ImmutableArray<string?> Cells { get; init; } = [];

    /// <summary>Text rows under the summary row, e.g. "Total events".</summary>
    public ImmutableArray<ForestTextRow> TextRows { get; init; } = [];

    /// <summary>The prediction interval on the reporting scale, drawn as a bar under the diamond; null for none.</summary>
    public double? PredictionLower { get; init; }

    public double? PredictionUpper { get; init; }

    public HeterogeneityStatistics? Heterogeneity { get; init; }

    public EffectTest? Test { get; init; }

    public bool HasPredictionInterval => PredictionLower is not null && PredictionUpper is not null;
}
