using MetaReview.Statistics.SmallStudy;

namespace MetaReview.Review.Synthesis;

/// <summary>
/// Small-study effects of an outcome with at least 10 studies (Sterne et al. 2011): Egger's regression test (classical
/// weighted regression, and the mixed-effects version with its limit estimate), Begg and Mazumdar's rank correlation,
/// trim-and-fill with the outcome's model, and for binary outcomes Peters' test (and Harbord's for odds ratios).
/// </summary>
/// <param name="Egger">Egger's test as a weighted regression (the test GRADE's publication-bias domain uses).</param>
/// <param name="EggerMixedEffects">Egger's test as a mixed-effects meta-regression on the SE, with the limit estimate.</param>
/// <param name="Begg">The rank correlation test.</param>
/// <param name="TrimAndFill">Trim-and-fill (L0, side chosen as metafor does).</param>
/// <param name="Peters">Peters' test for binary outcomes, or <see langword="null"/>.</param>
/// <param name="Harbord">Harbord's test for odds ratios, or <see langword="null"/>.</param>
public sealed record SmallStudySynthesis(
    RegressionTestResult Egger,
    RegressionTestResult EggerMixedEffects,
    RankCorrelationResult Begg,
    TrimAndFillResult TrimAndFill,
    RegressionTestResult? Peters,
    RegressionTestResult? Harbord);
