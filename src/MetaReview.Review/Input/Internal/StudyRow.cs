namespace MetaReview.Review.Input.Internal;

/// <summary>
/// One data row being read as a study: reads numbers by role and reports each problem located to the
/// row, the column and the study.
/// </summary>
internal sealed class StudyRow(RawTable table, ColumnMap map, RawRow row, string study, ProblemCollector problems)
{
    public string Study => study;

    public int Line => row.Line;

    /// <summary>The number of errors reported so far for the whole file (compare before and after a row).</summary>
    public int ErrorCount => problems.ErrorCount;

    public string Header(ColumnRole role) => map.Header(role);

    public string Text(ColumnRole role) => Cell(role).Text;

    /// <summary>The value of the role's cell, or <see langword="null"/> after reporting why it is not a number.</summary>
    public double? Number(ColumnRole role)
    {
        var cell = Cell(role);
        if (ValueParser.TryParse(cell, out var value, out var failure))
        {
            return value;
        }

        Error(role, failure, InputMessages.ForValueFailure(failure, cell.Text));
        return null;
    }

    public void Error(ColumnRole role, InputProblemCode code, string message) => problems.Error(Problem(role, code, message));

    public void Warning(ColumnRole role, InputProblemCode code, string message) => problems.Warning(Problem(role, code, message));

    private RawCell Cell(ColumnRole role) => row[map.IndexOf(role)];

    private InputProblem Problem(ColumnRole role, InputProblemCode code, string message)
    {
        var column = map.IndexOf(role);
        return new InputProblem(code, table.At(row.Line, column), message, map.Header(role), study, row[column].Text);
    }
}
