using System.Collections.Immutable;

namespace MetaReview.Reporting.Plots.Forest;

/// <summary>
/// A block of rows: a subgroup with its header and subtotal, or (header and subtotal null) the plain list of
/// studies of an analysis without subgroups.
/// </summary>
/// <param name="Header">The subgroup's name, printed in bold above its rows; null for none.</param>
/// <param name="Rows">The rows, in the order given.</param>
/// <param name="Subtotal">The subgroup's pooled estimate with its heterogeneity and test lines; null for none.</param>
public sealed record ForestGroup(string? Header, ImmutableArray<ForestRow> Rows, ForestSummary? Subtotal = null);
