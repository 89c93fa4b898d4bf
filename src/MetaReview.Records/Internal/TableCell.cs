namespace MetaReview.Records.Internal;

/// <summary>One cell of a CSV row or worksheet, with the place it starts (1-based line and column).</summary>
internal readonly record struct TableCell(string Value, int Line, int Column);
