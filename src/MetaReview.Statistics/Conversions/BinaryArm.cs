namespace MetaReview.Statistics.Conversions;

/// <summary>One arm of a trial with a binary outcome: the number of participants with the event and the arm's size.</summary>
/// <param name="Events">The number with the event (0 ≤ events ≤ n; may be fractional after an adjustment).</param>
/// <param name="N">The number of participants (&gt; 0).</param>
public sealed record BinaryArm(double Events, double N);
