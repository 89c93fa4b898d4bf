namespace MetaReview.Reporting.Drawing.Axes;

/// <summary>A tick of an axis: its value and the label printed under it.</summary>
public readonly record struct Tick(double Value, string Label);
