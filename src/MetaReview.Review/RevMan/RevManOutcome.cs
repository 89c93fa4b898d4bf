using System.Collections.Immutable;
using MetaReview.Statistics.Models;

namespace MetaReview.Review.RevMan;

/// <summary>
/// An outcome (RevMan 5) or analysis (RevMan Web) of a comparison: its data type, effect measure, statistical
/// method and model, its data rows (directly or in subgroups) and RevMan's stored results. RevMan's own words are
/// kept next to the mapped values, so nothing is lost when a word is not recognised.
/// </summary>
public sealed record RevManOutcome
{
    /// <summary>The number of the comparison the outcome belongs to.</summary>
    public required int ComparisonNumber { get; init; }

    /// <summary>RevMan's outcome number within the comparison.</summary>
    public required int Number { get; init; }

    /// <summary>RevMan's identifier (rm5 <c>ID</c>, e.g. "CMP-001.01"; data package "analysis:…"), when known.</summary>
    public string? Id { get; init; }

    /// <summary>The outcome's name.</summary>
    public required string Name { get; init; }

    /// <summary>The data type.</summary>
    public required RevManDataType DataType { get; init; }

    /// <summary>The effect measure, mapped from <see cref="EffectMeasureText"/>.</summary>
    public required RevManEffectMeasure EffectMeasure { get; init; }

    /// <summary>RevMan's text for the effect measure, e.g. "OR", "Odds Ratio", "Hazard Ratio".</summary>
    public required string EffectMeasureText { get; init; }

    /// <summary>The statistical method (MH, IV, Peto), or null when RevMan's text was not recognised.</summary>
    public PoolingMethod? Method { get; init; }

    /// <summary>RevMan's text for the statistical method, e.g. "MH", "IV", "PETO", "EXP_O_E_VAR".</summary>
    public string MethodText { get; init; } = "";

    /// <summary>Fixed or random effects (RevMan's random effects are DerSimonian–Laird).</summary>
    public required EffectModel Model { get; init; }

    /// <summary>
    /// True when the analysis is on the natural-log scale and shown back-transformed (odds, risk and Peto odds
    /// ratios, O−E data, generic inverse variance data entered on the log scale).
    /// </summary>
    public required bool LogScale { get; init; }

    /// <summary>True when RevMan analyses non-events instead of events ("swap event and non-event").</summary>
    public bool SwapEvents { get; init; }

    /// <summary>Confidence level of the study intervals, e.g. 0.95.</summary>
    public double StudyLevel { get; init; } = 0.95;

    /// <summary>Confidence level of the pooled intervals, e.g. 0.95.</summary>
    public double TotalLevel { get; init; } = 0.95;

    /// <summary>Whether RevMan shows overall totals (rm5 <c>TOTALS</c> YES; false for NO and SUB), when stated.</summary>
    public bool? Totals { get; init; }

    /// <summary>Label of the experimental arm, e.g. "Aspirin".</summary>
    public string? LabelE { get; init; }

    /// <summary>Label of the control arm, e.g. "Control".</summary>
    public string? LabelC { get; init; }

    /// <summary>Forest plot label on the left, e.g. "Favours experimental".</summary>
    public string? GraphLabelLeft { get; init; }

    /// <summary>Forest plot label on the right, e.g. "Favours control".</summary>
    public string? GraphLabelRight { get; init; }

    /// <summary>Unit of the effect measure (continuous and generic data), when given.</summary>
    public string? Units { get; init; }

    /// <summary>The data rows not in a subgroup (all rows when the outcome has no subgroups).</summary>
    public ImmutableArray<RevManDataRow> Rows { get; init; } = [];

    /// <summary>The subgroups, in RevMan's order.</summary>
    public ImmutableArray<RevManSubgroup> Subgroups { get; init; } = [];

    /// <summary>RevMan's overall results, when stored.</summary>
    public RevManResults? Results { get; init; }

    /// <summary>RevMan's test for subgroup differences, when stored.</summary>
    public RevManHeterogeneity? SubgroupDifferences { get; init; }

    /// <summary>Where the outcome starts in its file.</summary>
    public RevManLocation? Location { get; init; }

    /// <summary>Every data row: those outside subgroups, then each subgroup's.</summary>
    public IEnumerable<RevManDataRow> AllRows => Rows.Concat(Subgroups.SelectMany(s => s.Rows));

    /// <summary>"1.2 Name", RevMan's way of numbering an outcome.</summary>
    public string Label => $"{ComparisonNumber}.{Number} {Name}";
}
