namespace MetaReview.Reporting.Drawing;

public enum LineJoin
{
    Miter,
    Round,
    Bevel,
}
