namespace MetaReview.Review.Project;

/// <summary>
/// One problem in a review file, located to file, line and column, with a sentence saying what is wrong
/// and, where one makes sense, a suggestion. <see cref="ToString"/> gives the full line, e.g.
/// <c>review.yaml:3:1: unknown key 'outcome' at the top level; did you mean 'outcomes'?</c>
/// </summary>
/// <param name="Code">The kind of problem.</param>
/// <param name="Location">Where it is.</param>
/// <param name="Message">What is wrong, naming the key or id and quoting the value, without the location.</param>
/// <param name="Suggestion">What to do instead (e.g. "did you mean 'outcomes'?"), or <see langword="null"/>.</param>
public sealed record ReviewProblem(ReviewProblemCode Code, ReviewLocation Location, string Message, string? Suggestion = null)
{
    /// <summary>The problem as one line: location, message and suggestion.</summary>
    public override string ToString() =>
        Suggestion is null ? $"{Location}: {Message}" : $"{Location}: {Message}; {Suggestion}";
}
