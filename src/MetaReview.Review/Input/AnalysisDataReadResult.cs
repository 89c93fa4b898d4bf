using System.Collections.Immutable;

namespace MetaReview.Review.Input;

/// <summary>
/// The outcome of reading an analysis data file: the dataset when the file has no errors, and every
/// problem found in the whole file (not just the first). Warnings do not stop the dataset; the caller
/// decides whether to treat them as errors.
/// </summary>
/// <param name="Dataset">The studies read, or <see langword="null"/> when <paramref name="Problems"/> is not empty.</param>
/// <param name="Problems">The errors, in file order: each one stops the dataset.</param>
/// <param name="Warnings">Things worth checking that do not stop the dataset (duplicate labels, non-integer counts, ...).</param>
/// <param name="Notes">What the reader decided for the user, e.g. "measure inferred from the columns: RR ...".</param>
public sealed record AnalysisDataReadResult(
    AnalysisDataset? Dataset,
    ImmutableArray<InputProblem> Problems,
    ImmutableArray<InputProblem> Warnings,
    ImmutableArray<string> Notes)
{
    /// <summary>True when the file was read without errors (<see cref="Dataset"/> is set).</summary>
    public bool Succeeded => Dataset is not null;
}
