namespace MetaReview.Reporting.Drawing.Layout;

/// <summary>A paragraph of a <see cref="TextBlock"/>: text (may wrap), style and left indent in points.</summary>
public sealed record TextParagraph(string Text, TextStyle Style, double Indent = 0);
