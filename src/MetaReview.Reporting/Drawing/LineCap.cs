namespace MetaReview.Reporting.Drawing;

public enum LineCap
{
    Butt,
    Round,
    Square,
}
