namespace MetaReview.Review.Input;

/// <summary>
/// One problem found in an input file, located to the file, line (or sheet and row) and column, with
/// the value found and a sentence saying what is expected. <see cref="ToString"/> gives the full line,
/// e.g. <c>data.csv:7: column 'sd_e' (study 'Drory 2001'): must be &gt; 0 (a standard deviation), got -1.2</c>.
/// </summary>
/// <param name="Code">The kind of problem.</param>
/// <param name="Location">Where it is.</param>
/// <param name="Message">What is expected and what was found, without the location.</param>
/// <param name="Column">The column name as written in the file's header, when one column is at fault.</param>
/// <param name="Study">The study label of the row, when the problem is in a study row.</param>
/// <param name="Value">The value as written in the file, when one value is at fault.</param>
public sealed record InputProblem(
    InputProblemCode Code,
    InputLocation Location,
    string Message,
    string? Column = null,
    string? Study = null,
    string? Value = null)
{
    /// <summary>The problem as one line: location, column, study, message.</summary>
    public override string ToString() => InputMessages.Format(this);
}
