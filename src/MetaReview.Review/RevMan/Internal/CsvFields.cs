namespace MetaReview.Review.RevMan.Internal;

/// <summary>Typed reads of CSV fields that record a located error for a value that is not a number.</summary>
internal sealed class CsvFields(CsvTable table, List<RevManProblem> problems)
{
    public CsvTable Table { get; } = table;

    public List<RevManProblem> Problems { get; } = problems;

    public string Text(CsvRecord r, int column) => r[column].Trim();

    public string? TextOrNull(CsvRecord r, int column) => Text(r, column) is { Length: > 0 } t ? t : null;

    public double? Num(CsvRecord r, int column)
    {
        if (column < 0)
        {
            return null;
        }

        var text = r[column];
        // The data package writes "#N/A" where a value does not apply.
        if (text.Trim() is "#N/A" or "N/A" or "NA")
        {
            return null;
        }

        if (RevManNumbers.TryParse(text, out var value))
        {
            return value;
        }

        Problems.Add(new RevManProblem(Table.At(r, column), RevManMessages.NotANumber(text)));
        return null;
    }

    public int? Int(CsvRecord r, int column)
    {
        if (column < 0)
        {
            return null;
        }

        var text = r[column];
        if (RevManNumbers.TryParseInt(text, out var value))
        {
            return value;
        }

        Problems.Add(new RevManProblem(Table.At(r, column), RevManMessages.NotAWholeNumber(text)));
        return null;
    }

    public void Error(CsvRecord r, int column, string message) => Problems.Add(new RevManProblem(Table.At(r, column), message));

    public void Warn(CsvRecord r, int column, string message) => Problems.Add(new RevManProblem(Table.At(r, column), message, IsError: false));
}
