using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Analysis;

/// <summary>
/// The pooled result on the reporting scale (RR, OR, IRR, ratio of means, proportion, correlation), for
/// measures analysed on a transformed scale.
/// </summary>
/// <param name="Estimate">Back-transformed estimate.</param>
/// <param name="CiLower">Back-transformed lower confidence bound.</param>
/// <param name="CiUpper">Back-transformed upper confidence bound.</param>
/// <param name="PiLower">Back-transformed lower prediction bound, if any.</param>
/// <param name="PiUpper">Back-transformed upper prediction bound, if any.</param>
public sealed record BackTransformed(double Estimate, double CiLower, double CiUpper, double? PiLower, double? PiUpper)
{
    /// <summary>
    /// Back-transforms a model's estimate and intervals, or returns <see langword="null"/> for measures
    /// reported on their analysis scale. For PFT the harmonic mean of the study sizes is used (Miller 1978).
    /// </summary>
    public static BackTransformed? From(EffectMeasure measure, MetaAnalysisResult model, double? harmonicMeanN = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!measure.HasBackTransform())
        {
            return null;
        }

        double T(double x) => measure.BackTransform(x, harmonicMeanN);
        return new BackTransformed(T(model.Estimate), T(model.CiLower), T(model.CiUpper),
            model.PredictionInterval is { } pi ? T(pi.Lower) : null,
            model.PredictionInterval is { } pu ? T(pu.Upper) : null);
    }
}
