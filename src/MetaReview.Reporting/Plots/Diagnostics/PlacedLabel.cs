using MetaReview.Reporting.Drawing;

namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>A point label placed by <see cref="PointLabels"/>: the text, its box, and a leader line when it sits away from its point.</summary>
internal sealed record PlacedLabel(TextElement Text, Rect Box, Point? LeaderFrom, Point? LeaderTo);
