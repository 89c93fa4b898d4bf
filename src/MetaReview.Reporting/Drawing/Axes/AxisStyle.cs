namespace MetaReview.Reporting.Drawing.Axes;

/// <summary>How an axis is drawn: label style, line, tick length and gaps, in points.</summary>
public sealed record AxisStyle(TextStyle Labels, Stroke Line)
{
    public double TickLength { get; init; } = 4;

    /// <summary>Space between a tick's end and its label.</summary>
    public double LabelGap { get; init; } = 2;

    /// <summary>Minimum horizontal space between neighbouring labels; labels closer than this are thinned.</summary>
    public double MinLabelSpacing { get; init; } = 4;
}
