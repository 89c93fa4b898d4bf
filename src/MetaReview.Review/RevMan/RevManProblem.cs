namespace MetaReview.Review.RevMan;

/// <summary>
/// Something wrong, or worth knowing, about a RevMan file, with where it is. Readers return problems instead of
/// throwing (the caller chooses to be strict or lenient): an error means a value or part of the file could not be
/// read; a warning means it was read with an assumption the message states.
/// </summary>
/// <param name="Location">Where the problem is.</param>
/// <param name="Message">A plain sentence naming the value and what was expected.</param>
/// <param name="IsError">True for errors, false for warnings.</param>
public sealed record RevManProblem(RevManLocation Location, string Message, bool IsError = true)
{
    /// <summary>"file:line:column: error: message".</summary>
    public override string ToString() => $"{Location}: {(IsError ? "error" : "warning")}: {Message}";
}
