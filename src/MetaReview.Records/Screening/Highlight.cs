namespace MetaReview.Records.Screening;

/// <summary>A keyword found in a text: where (character offset and length) and from which list.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Kind">Include or exclude keyword.</param>
public readonly record struct Highlight(int Start, int Length, HighlightKind Kind);
