using System.Globalization;

namespace MetaReview.Records.Screening;

/// <summary>
/// A line of a JSON Lines file (journal, manifest, decisions) that could not be used, with its place:
/// <c>file:line: message</c>. Such lines are skipped and reported; nothing else is lost.
/// </summary>
/// <param name="File">The file, as the path it was read from.</param>
/// <param name="Line">1-based line number.</param>
/// <param name="Message">What is wrong and what was expected.</param>
/// <param name="Truncated">True when the line is the file's last and was cut off (no line end): a write interrupted by a crash.</param>
public sealed record JournalProblem(string File, int Line, string Message, bool Truncated = false)
{
    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}: {(Truncated ? "warning" : "error")}: {Message}");
}
