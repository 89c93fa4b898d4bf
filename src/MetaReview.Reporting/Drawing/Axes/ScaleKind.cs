namespace MetaReview.Reporting.Drawing.Axes;

public enum ScaleKind
{
    /// <summary>Equal distances for equal differences (MD, SMD, RD).</summary>
    Linear,

    /// <summary>Equal distances for equal ratios (RR, OR, HR): positions are linear in log10 of the value.</summary>
    Log,
}
