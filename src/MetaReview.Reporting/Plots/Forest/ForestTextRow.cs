using System.Collections.Immutable;

namespace MetaReview.Reporting.Plots.Forest;

/// <summary>A row of text only under a summary, e.g. RevMan's "Total events" with the event counts in the events columns.</summary>
/// <param name="Label">The text in the study column.</param>
/// <param name="Cells">One cell per <see cref="ForestPlotData.Columns"/> entry (null for empty).</param>
public sealed record ForestTextRow(string Label, ImmutableArray<string?> Cells);
