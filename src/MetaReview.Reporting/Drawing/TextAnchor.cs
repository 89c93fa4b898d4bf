namespace MetaReview.Reporting.Drawing;

/// <summary>Which point of the text's advance the text position names (as SVG <c>text-anchor</c>).</summary>
public enum TextAnchor
{
    Start,
    Middle,
    End,
}
