using System.Collections.Immutable;
using MetaReview.Statistics.Analysis;

namespace MetaReview.Reporting.Plots.Forest;

/// <summary>
/// A subgroup for <see cref="ForestData.FromSubgroups"/>: its name, the analysis of its studies alone (the
/// subtotal), and which studies of the overall input list belong to it.
/// </summary>
/// <param name="Name">The subgroup's name, printed as its header.</param>
/// <param name="Result">
/// The analysis of the subgroup's studies (<c>MetaAnalysis.Run</c> on them); null when none of them can enter an
/// analysis (e.g. only double-zero studies with RevMan's rule), and the subgroup is shown without a subtotal.
/// </param>
/// <param name="Studies">Positions (0-based) in the overall input list of the subgroup's studies, in display order.</param>
public sealed record ForestSubgroup(string Name, AnalysisResult? Result, ImmutableArray<int> Studies);
