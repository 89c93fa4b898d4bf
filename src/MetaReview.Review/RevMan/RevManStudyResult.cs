namespace MetaReview.Review.RevMan;

/// <summary>
/// What RevMan stored for one study in one outcome, as RevMan shows it (ratio measures on the ratio scale).
/// Values RevMan did not store are <see langword="null"/>.
/// </summary>
/// <param name="Estimate">The study's effect estimate.</param>
/// <param name="CiLower">Lower confidence bound.</param>
/// <param name="CiUpper">Upper confidence bound.</param>
/// <param name="StandardError">Standard error on the analysis scale (natural log for ratios); .rm5 and RevMan 5 CSV only.</param>
/// <param name="Weight">Weight in percent.</param>
public sealed record RevManStudyResult(double? Estimate, double? CiLower, double? CiUpper, double? StandardError, double? Weight);
