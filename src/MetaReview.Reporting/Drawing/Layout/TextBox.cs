namespace MetaReview.Reporting.Drawing.Layout;

/// <summary>A text element of a scene with the box it occupies.</summary>
public sealed record TextBox(TextElement Text, Rect Bounds);
