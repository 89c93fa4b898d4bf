namespace MetaReview.Reporting.Drawing.Layout;

/// <summary>One line of a <see cref="TextBlock"/>: its text, style, indent in points and measured width.</summary>
public sealed record TextLine(string Text, TextStyle Style, double Indent, double Width);
