using System.Collections.Immutable;

namespace MetaReview.Review.Project;

/// <summary>
/// The outcome of loading a review project: the project when the file has no problems, and every problem
/// found in the whole file (not just the first), in file order. Warnings do not stop the project; the
/// caller decides whether to treat them as errors (e.g. <c>metareview validate --strict</c>).
/// </summary>
/// <param name="Project">The project, or <see langword="null"/> when <paramref name="Problems"/> is not empty.</param>
/// <param name="Problems">The errors: each one stops the project.</param>
/// <param name="Warnings">Things worth checking that do not stop the project (a value without a source, a conversion note, ...).</param>
public sealed record ReviewLoadResult(ReviewProject? Project, ImmutableArray<ReviewProblem> Problems, ImmutableArray<ReviewProblem> Warnings)
{
    /// <summary>True when the project was loaded (<see cref="Project"/> is set).</summary>
    public bool Succeeded => Project is not null;
}
