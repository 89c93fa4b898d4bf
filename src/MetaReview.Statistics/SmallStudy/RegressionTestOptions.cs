using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.SmallStudy;

/// <summary>Settings for <see cref="RegressionTest"/>.</summary>
public sealed record RegressionTestOptions
{
    /// <summary>Weighted regression (classical Egger) or meta-regression. Default: meta-regression, as metafor.</summary>
    public AsymmetryModel Model { get; init; } = AsymmetryModel.MetaRegression;

    /// <summary>The predictor. Default: the standard error (Egger's test).</summary>
    public AsymmetryPredictor Predictor { get; init; } = AsymmetryPredictor.StandardError;

    /// <summary>
    /// The model whose settings the meta-regression uses (fixed or random effects, tau² estimator or a fixed tau²,
    /// z or HKSJ, level). The weighted regression uses only <see cref="ModelOptions.Level"/>.
    /// </summary>
    public ModelOptions Fit { get; init; } = ModelOptions.Default;
}
