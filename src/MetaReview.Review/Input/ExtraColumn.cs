using System.Collections.Immutable;

namespace MetaReview.Review.Input;

/// <summary>
/// A column of the input file that is not analysis data (year, subgroup, moderator, risk of bias, ...),
/// kept as text, one value per study in the order of <see cref="AnalysisDataset.Studies"/>.
/// </summary>
/// <param name="Name">The column name as written in the header.</param>
/// <param name="Values">The values as written (trimmed), <see langword="null"/> for an empty cell.</param>
public sealed record ExtraColumn(string Name, ImmutableArray<string?> Values);
