using System.Collections.Immutable;

namespace MetaReview.Review.RevMan;

/// <summary>
/// A RevMan review as read from any of the three formats: its studies, comparisons with their outcomes, data and
/// RevMan's stored results, risk-of-bias tables and characteristics of studies. What a format does not carry is
/// empty (the RevMan 5 CSV export has no risk of bias or characteristics; it names studies but has no identifiers).
/// </summary>
public sealed record RevManReview
{
    /// <summary>The format the review was read from.</summary>
    public required RevManFormat Format { get; init; }

    /// <summary>The file it was read from.</summary>
    public required string Source { get; init; }

    /// <summary>The review's title, when the format has it.</summary>
    public string? Title { get; init; }

    /// <summary>The RevMan version that wrote the file (rm5 <c>REVMAN_SUB_VERSION</c>, e.g. "5.0.23"), when stated.</summary>
    public string? RevManVersion { get; init; }

    /// <summary>
    /// The decimal places RevMan's stored results were rounded to: null for full double precision (.rm5), 8 for the
    /// RevMan 5 CSV export, 6 for a data package.
    /// </summary>
    public int? StoredDecimals { get; init; }

    /// <summary>All studies: included, excluded, awaiting classification and ongoing.</summary>
    public ImmutableArray<RevManStudy> Studies { get; init; } = [];

    /// <summary>The comparisons, in RevMan's order.</summary>
    public ImmutableArray<RevManComparison> Comparisons { get; init; } = [];

    /// <summary>The risk-of-bias domains with their judgements.</summary>
    public ImmutableArray<RevManRiskOfBiasDomain> RiskOfBias { get; init; } = [];

    /// <summary>The characteristics-of-studies tables, a row per study.</summary>
    public ImmutableArray<RevManStudyCharacteristics> Characteristics { get; init; } = [];

    /// <summary>Every outcome of every comparison.</summary>
    public IEnumerable<RevManOutcome> Outcomes => Comparisons.SelectMany(c => c.Outcomes);
}
