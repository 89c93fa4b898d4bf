using System.Collections.Immutable;

namespace MetaReview.Review.RevMan.Conversion;

/// <summary>
/// RevMan's stored results of an imported review, kept beside the project (<see cref="RevManResultsFile"/>,
/// <c>revman-results.json</c>) as a reference to re-check the project against (<see cref="RevManProjectCheck"/>).
/// </summary>
public sealed record RevManStoredResults
{
    /// <summary>The RevMan file the review was imported from.</summary>
    public required string Source { get; init; }

    /// <summary>Its format.</summary>
    public required RevManFormat Format { get; init; }

    /// <summary>The RevMan version that wrote it, when stated.</summary>
    public string? RevManVersion { get; init; }

    /// <summary>The decimal places RevMan rounded its results to (null: full precision), which sets the check's tolerance.</summary>
    public int? StoredDecimals { get; init; }

    /// <summary>The imported outcomes, in RevMan's order.</summary>
    public ImmutableArray<RevManStoredOutcome> Outcomes { get; init; } = [];
}
