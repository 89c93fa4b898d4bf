using System.Collections.Immutable;

namespace MetaReview.Statistics.MetaRegression;

/// <summary>Where one formula term sits in the design matrix.</summary>
/// <param name="Label">The term as R labels it: <c>intrcpt</c>, <c>ablat</c>, <c>factor(alloc)</c>.</param>
/// <param name="Column">The moderator column it comes from (<see langword="null"/> for the intercept).</param>
/// <param name="FirstColumn">Index of its first column.</param>
/// <param name="ColumnCount">Number of columns (1 for a numeric moderator; levels − 1 for a factor with an intercept).</param>
/// <param name="Levels">For a factor, all its levels in order (the first is the reference with an intercept); else empty.</param>
public sealed record DesignTerm(string Label, string? Column, int FirstColumn, int ColumnCount, ImmutableArray<string> Levels);
