namespace MetaReview.Statistics.Conversions;

/// <summary>One arm of a trial with a continuous outcome: its size, mean and standard deviation.</summary>
/// <param name="N">The number of participants (≥ 1; may be fractional after a cluster or shared-control adjustment).</param>
/// <param name="Mean">The arm's mean.</param>
/// <param name="Sd">The arm's standard deviation (≥ 0).</param>
public sealed record ContinuousArm(double N, double Mean, double Sd);
