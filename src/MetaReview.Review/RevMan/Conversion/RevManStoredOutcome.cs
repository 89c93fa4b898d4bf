using System.Collections.Immutable;

namespace MetaReview.Review.RevMan.Conversion;

/// <summary>
/// An imported outcome's RevMan results, as RevMan stored them (ratio measures on the ratio scale), with the ids the
/// outcome, its subgroup characteristic and its studies have in the review file.
/// </summary>
public sealed record RevManStoredOutcome
{
    /// <summary>The outcome's id in the review file, e.g. "1.1".</summary>
    public required string Outcome { get; init; }

    /// <summary>RevMan's comparison number.</summary>
    public required int ComparisonNumber { get; init; }

    /// <summary>RevMan's comparison name.</summary>
    public required string ComparisonName { get; init; }

    /// <summary>RevMan's outcome number within the comparison.</summary>
    public required int Number { get; init; }

    /// <summary>RevMan's outcome name.</summary>
    public required string Name { get; init; }

    /// <summary>The analysis as RevMan heads it, e.g. "Odds Ratio (M-H, Fixed, 95% CI)".</summary>
    public required string Analysis { get; init; }

    /// <summary>RevMan's words for the effect measure, e.g. "OR", "Hazard Ratio".</summary>
    public required string EffectMeasure { get; init; }

    /// <summary>True when RevMan shows the results exponentiated (ratio measures, log-scale generic data).</summary>
    public required bool LogScale { get; init; }

    /// <summary>The id of the study characteristic that holds the outcome's subgroups, or null.</summary>
    public string? SubgroupCharacteristic { get; init; }

    /// <summary>RevMan's overall results, or null when none were stored.</summary>
    public RevManResults? Results { get; init; }

    /// <summary>RevMan's test for subgroup differences, or null.</summary>
    public RevManHeterogeneity? SubgroupDifferences { get; init; }

    /// <summary>The subgroups in RevMan's order.</summary>
    public ImmutableArray<RevManStoredSubgroup> Subgroups { get; init; } = [];

    /// <summary>Each imported study row with what RevMan stored for it.</summary>
    public ImmutableArray<RevManStoredStudy> Studies { get; init; } = [];

    /// <summary>"1.1 Name", RevMan's way of numbering an outcome.</summary>
    public string Label => $"{ComparisonNumber}.{Number} {Name}";
}
