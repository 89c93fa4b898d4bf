namespace MetaReview.Reporting.Drawing;

/// <summary>One step of a <see cref="PathElement"/>; the control points are used by <see cref="PathSegmentKind.CubicTo"/> only.</summary>
public readonly record struct PathSegment(PathSegmentKind Kind, Point End, Point Control1 = default, Point Control2 = default);
