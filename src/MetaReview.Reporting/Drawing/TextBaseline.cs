namespace MetaReview.Reporting.Drawing;

/// <summary>
/// Which height of the line the text position's y names. Renderers always write an alphabetic
/// baseline, computed from the font metrics, because viewers disagree on SVG <c>dominant-baseline</c>.
/// </summary>
public enum TextBaseline
{
    /// <summary>The alphabetic baseline (bottom of "x").</summary>
    Alphabetic,

    /// <summary>Half the capital height above the baseline: capitals and digits are centred on y.</summary>
    Middle,

    /// <summary>The font's ascender line: the whole line hangs below y.</summary>
    Top,

    /// <summary>The font's descender line: the whole line sits above y.</summary>
    Bottom,
}
