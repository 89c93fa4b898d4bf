namespace MetaReview.Statistics.Conversions;

/// <summary>The part of a shared control arm that goes with one comparison of a multi-arm trial.</summary>
/// <param name="N">The control participants assigned to this comparison (may be fractional).</param>
/// <param name="Events">The control events assigned to this comparison (binary outcomes), or <see langword="null"/> for continuous outcomes, whose mean and SD stay unchanged.</param>
public sealed record ControlShare(double N, double? Events);
