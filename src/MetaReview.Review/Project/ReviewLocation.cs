using System.Globalization;

namespace MetaReview.Review.Project;

/// <summary>A place in a review file: the file as the caller named it, and the 1-based line and column.</summary>
/// <param name="File">The file, e.g. <c>examples/als-exercise/review.yaml</c>.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column (characters, not bytes).</param>
public sealed record ReviewLocation(string File, int Line, int Column)
{
    /// <summary>"review.yaml:12:5", the form editors and compilers use, so that the place can be opened with a click.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}");
}
