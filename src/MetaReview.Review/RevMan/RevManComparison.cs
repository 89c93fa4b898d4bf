using System.Collections.Immutable;

namespace MetaReview.Review.RevMan;

/// <summary>A comparison (RevMan Web: analysis group) with its outcomes.</summary>
/// <param name="Number">RevMan's comparison number.</param>
/// <param name="Id">RevMan's identifier (rm5 <c>ID</c>, e.g. "CMP-001"), when the format has one.</param>
/// <param name="Name">The comparison's name.</param>
/// <param name="Outcomes">Its outcomes, in RevMan's order.</param>
public sealed record RevManComparison(int Number, string? Id, string Name, ImmutableArray<RevManOutcome> Outcomes);
