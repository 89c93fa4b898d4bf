using MetaReview.Statistics.Conversions;

namespace MetaReview.Review.Project;

/// <summary>
/// A data-entry conversion applied to one study's data for one outcome, with the part of the data it
/// produced, so that the report's data notes can say e.g. "Plowman 2023, experimental arm: SD from 95% CI
/// of the mean (t with 22 df): (7.6, 33.9), n = 23 → SD 30.41".
/// </summary>
/// <param name="Part">What the conversion produced: "experimental arm", "control arm", "experimental arm 2 (endurance)", "estimate".</param>
/// <param name="Record">The engine's record: method, citation, inputs, outputs, description and notes.</param>
public sealed record DataConversion(string Part, ConversionRecord Record);
