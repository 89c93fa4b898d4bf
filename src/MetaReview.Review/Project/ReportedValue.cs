namespace MetaReview.Review.Project;

/// <summary>
/// A number as it was entered in the review file, with the place in the paper it was taken from, so that
/// every analysed number can be checked against its source.
/// </summary>
/// <param name="Name">
/// The value's place in the data entry, in the file's vocabulary: <c>experimental.mean</c>,
/// <c>control.ci_lower</c>, <c>experimental[2].sd</c> (second combined arm), <c>estimate</c>, <c>mid</c>.
/// </param>
/// <param name="Value">The number as entered.</param>
/// <param name="Source">Where in the paper it is (e.g. "Table 2, p. 5"), or <see langword="null"/> when none was given.</param>
/// <param name="Location">Where it is in the review file.</param>
public sealed record ReportedValue(string Name, double Value, string? Source, ReviewLocation Location);
