namespace MetaReview.Statistics.SmallStudy;

/// <summary>The model of a regression test for funnel plot asymmetry (metafor <c>regtest(model=)</c>).</summary>
public enum AsymmetryModel
{
    /// <summary>
    /// Weighted least squares with a multiplicative dispersion term, weights 1/vᵢ, t test with k − 2 df: the classical
    /// Egger test (Egger et al. 1997, doi:10.1136/bmj.315.7109.629). metafor <c>model="lm"</c>.
    /// </summary>
    WeightedRegression,

    /// <summary>
    /// The fixed- or random-effects meta-regression of the fitted model with the predictor as moderator (Sterne and
    /// Egger 2005), z test (or HKSJ t). metafor <c>model="rma"</c>.
    /// </summary>
    MetaRegression,
}
