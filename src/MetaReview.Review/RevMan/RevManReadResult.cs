using System.Collections.Immutable;

namespace MetaReview.Review.RevMan;

/// <summary>
/// The outcome of reading a RevMan file: the review (null when the file could not be read at all) and every
/// problem found, located. A review with errors is still returned: the values in error are left out, and the
/// caller decides whether to go on.
/// </summary>
/// <param name="Review">The review, or null when nothing could be read.</param>
/// <param name="Problems">Errors and warnings, in file order.</param>
public sealed record RevManReadResult(RevManReview? Review, ImmutableArray<RevManProblem> Problems)
{
    /// <summary>True when any problem is an error.</summary>
    public bool HasErrors => Problems.Any(p => p.IsError);

    /// <summary>The errors only.</summary>
    public IEnumerable<RevManProblem> Errors => Problems.Where(p => p.IsError);

    /// <summary>The warnings only.</summary>
    public IEnumerable<RevManProblem> Warnings => Problems.Where(p => !p.IsError);
}
