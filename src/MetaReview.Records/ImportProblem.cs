using System.Globalization;

namespace MetaReview.Records;

/// <summary>
/// Something wrong in an export file, with its place: <c>file:line:column: error: message</c>. Messages
/// say what was found and what was expected.
/// </summary>
/// <param name="File">The file, as the caller named it.</param>
/// <param name="Line">1-based line (for spreadsheets, the row); 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column (character position in the line, or spreadsheet column number); 0 when not applicable.</param>
/// <param name="Severity">Whether a record was skipped (<see cref="ProblemSeverity.Error"/>) or only something was ignored.</param>
/// <param name="Message">A plain sentence naming the value found and what was expected.</param>
public sealed record ImportProblem(string File, int Line, int Column, ProblemSeverity Severity, string Message)
{
    /// <summary>The problem as compilers print them: <c>file:line:column: error: message</c>.</summary>
    public override string ToString()
    {
        var place = Line <= 0 ? File
            : Column <= 0 ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}")
            : string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}");
        var kind = Severity == ProblemSeverity.Error ? "error" : "warning";
        return $"{place}: {kind}: {Message}";
    }
}
