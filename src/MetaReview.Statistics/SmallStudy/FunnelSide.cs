namespace MetaReview.Statistics.SmallStudy;

/// <summary>The side of the funnel plot on which studies are taken to be missing (metafor <c>trimfill(side=)</c>).</summary>
public enum FunnelSide
{
    /// <summary>Missing studies on the left (small effects suppressed): the rightmost studies are trimmed.</summary>
    Left,

    /// <summary>Missing studies on the right: the leftmost studies are trimmed.</summary>
    Right,
}
