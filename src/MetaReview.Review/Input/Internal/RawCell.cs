namespace MetaReview.Review.Input.Internal;

/// <summary>
/// One cell as read from the file: its text (trimmed) and, for a numeric spreadsheet cell, its number.
/// </summary>
/// <param name="Text">The text as written (a numeric XLSX cell shows its value with 15 significant digits).</param>
/// <param name="Number">The number of a numeric XLSX cell; <see langword="null"/> for text and all CSV cells.</param>
internal readonly record struct RawCell(string Text, double? Number = null)
{
    public static RawCell Blank { get; } = new(string.Empty);

    public bool IsBlank => Number is null && Text.Length == 0;
}
