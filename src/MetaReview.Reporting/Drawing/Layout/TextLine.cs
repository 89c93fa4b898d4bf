namespace MetaReview.Reporting.Drawing.Layout;

/// <summary>
/// One line of a <see cref="TextBlock"/>: its text, style, indent in points, measured width, and the
/// index of the paragraph it was wrapped from.
/// </summary>
public sealed record TextLine(string Text, TextStyle Style, double Indent, double Width, int Paragraph);
