namespace MetaReview.Review.Input;

/// <summary>
/// Where in an input file something was found: the file as the user named it, the sheet (XLSX only),
/// the 1-based physical line (CSV) or row (XLSX), and the 0-based column index.
/// </summary>
/// <param name="Source">The file, as the caller named it (for example the path typed on the command line).</param>
/// <param name="Sheet">The worksheet of an XLSX file; <see langword="null"/> for CSV.</param>
/// <param name="Line">
/// The 1-based physical line of a CSV file where the record starts (blank lines and lines inside
/// quoted fields count), or the 1-based row number of an XLSX sheet; <see langword="null"/> for the whole file.
/// </param>
/// <param name="ColumnIndex">The 0-based column, when the place is one cell.</param>
public sealed record InputLocation(string Source, string? Sheet = null, int? Line = null, int? ColumnIndex = null)
{
    /// <summary>The spreadsheet cell, e.g. "D7", for a cell of an XLSX sheet; otherwise <see langword="null"/>.</summary>
    public string? CellReference => Sheet is not null && Line is { } line && ColumnIndex is { } column
        ? ColumnLetters(column) + line.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : null;

    /// <summary>"data.csv:7" for a CSV line, "data.xlsx[Trials]:7" for an XLSX row, the file alone otherwise.</summary>
    public override string ToString() => InputMessages.FormatLocation(this);

    /// <summary>Spreadsheet column letters for a 0-based index: 0 → A, 25 → Z, 26 → AA.</summary>
    internal static string ColumnLetters(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + (n - 1) % 26) + letters;
        }

        return letters;
    }
}
