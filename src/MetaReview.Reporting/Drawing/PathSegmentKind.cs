namespace MetaReview.Reporting.Drawing;

public enum PathSegmentKind
{
    /// <summary>Starts a new sub-path at <see cref="PathSegment.End"/>.</summary>
    MoveTo,

    /// <summary>A straight line to <see cref="PathSegment.End"/>.</summary>
    LineTo,

    /// <summary>A cubic Bézier curve through the control points to <see cref="PathSegment.End"/>.</summary>
    CubicTo,

    /// <summary>Closes the current sub-path.</summary>
    Close,
}
