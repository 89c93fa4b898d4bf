using System.Collections.Immutable;

namespace MetaReview.Review.RevMan;

/// <summary>A subgroup of an outcome with its data rows and RevMan's stored subgroup results.</summary>
/// <param name="Number">RevMan's subgroup number (1-based within the outcome).</param>
/// <param name="Id">RevMan's identifier (rm5 <c>ID</c>, e.g. "CMP-001.01.02"), when the format has one.</param>
/// <param name="Name">The subgroup's name.</param>
/// <param name="Rows">The studies' data.</param>
/// <param name="Results">RevMan's results for the subgroup, when stored.</param>
public sealed record RevManSubgroup(int Number, string? Id, string Name, ImmutableArray<RevManDataRow> Rows, RevManResults? Results);
