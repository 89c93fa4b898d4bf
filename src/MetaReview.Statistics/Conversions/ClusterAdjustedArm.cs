namespace MetaReview.Statistics.Conversions;

/// <summary>An arm of a cluster-randomised trial reduced to its effective sample size, with the record of how.</summary>
/// <param name="DesignEffect">The design effect 1 + (M − 1)·ICC.</param>
/// <param name="EffectiveN">n / design effect (fractional; means and SDs are unchanged).</param>
/// <param name="EffectiveEvents">events / design effect for binary outcomes, or <see langword="null"/> for continuous ones.</param>
/// <param name="Record">What was done, for the report's data notes.</param>
public sealed record ClusterAdjustedArm(double DesignEffect, double EffectiveN, double? EffectiveEvents, ConversionRecord Record);
