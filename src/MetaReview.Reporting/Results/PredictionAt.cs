using System.Collections.Immutable;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.MetaRegression;

namespace MetaReview.Reporting.Results;

/// <summary>A meta-regression's predicted effect at moderator values given by name (<c>--predict "ablat=40,year=1970"</c>).</summary>
/// <param name="At">The moderator values as given, column name → value (a number, or a factor level), in formula order.</param>
/// <param name="Prediction">The predicted effect with its confidence and prediction intervals (metafor <c>predict(res, newmods=)</c>).</param>
public sealed record PredictionAt(ImmutableArray<KeyValuePair<string, string>> At, RegressionPrediction Prediction)
{
    /// <summary>
    /// The prediction on the reporting scale (exp for ratio measures, tanh for Fisher z, ...; metafor
    /// <c>predict(res, newmods=, transf=)</c>), or <see langword="null"/> for measures reported on their analysis scale and
    /// for PFT, whose back-transformation needs a sample size.
    /// </summary>
    public BackTransformed? BackTransform(EffectMeasure measure)
    {
        if (!measure.HasBackTransform() || measure == EffectMeasure.PFT)
        {
            return null;
        }

        var p = Prediction;
        double T(double x) => measure.BackTransform(x);
        return new BackTransformed(T(p.Estimate), T(p.CiLower), T(p.CiUpper),
            p.PiLower is { } lower ? T(lower) : null, p.PiUpper is { } upper ? T(upper) : null);
    }
}
