namespace MetaReview.Reporting.Plots.RiskOfBias;

/// <summary>Appearance of the risk-of-bias plots; every option has a default.</summary>
public sealed record RiskOfBiasOptions
{
    /// <summary>
    /// Width in points. Traffic-light plot: null sizes it to its content (study names wrap when a width is
    /// given that is too narrow for them). Summary plot: null means 560.
    /// </summary>
    public double? Width { get; init; }

    public double FontSize { get; init; } = 9;

    /// <summary>A title printed above the plot; null for none (the accessible title is always set).</summary>
    public string? Title { get; init; }

    public RiskOfBiasPalette Palette { get; init; } = RiskOfBiasPalette.ColourBlindSafe;

    /// <summary>Radius of the judgement circles in points; null for 0.95 × the font size.</summary>
    public double? CircleRadius { get; init; }

    /// <summary>Summary plot: weight each study by <see cref="StudyJudgements.Weight"/> instead of counting studies.</summary>
    public bool Weighted { get; init; }

    /// <summary>Draw the legends (domain names, judgements) under the plot.</summary>
    public bool ShowLegend { get; init; } = true;

    /// <summary>Prefix of the SVG ids, so that several plots can share an HTML page.</summary>
    public string IdPrefix { get; init; } = "rob";
}
