using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.SmallStudy;

/// <summary>
/// Harbord's modified test for small-study effects with binary outcomes (Harbord, Egger and Sterne 2006, Stat Med
/// 25:3443, doi:10.1002/sim.2380), for odds ratios. For each trial the efficient score of the log odds ratio at 0,
/// Z = a − (a + b)(a + c)/N, and its variance (Fisher's information, hypergeometric),
/// V = (a + b)(c + d)(a + c)(b + d)/(N²(N − 1)), replace yᵢ/seᵢ and 1/seᵢ of Egger's test: Z/√V is regressed on
/// √V by ordinary least squares and the intercept is tested with t(k − 2). Computed in the equivalent weighted
/// form (Z/V on 1/√V with weights V), whose slope is that intercept. The same as R meta's
/// <c>metabias(method.bias="score")</c> and Stata's <c>metabias, harbord</c>; metafor has no equivalent.
/// </summary>
public static class HarbordTest
{
    /// <summary>Runs the test.</summary>
    /// <param name="tables">The 2×2 tables (events and totals of both arms).</param>
    /// <param name="level">Confidence level of the limit estimate's CI.</param>
    /// <returns>
    /// The test: <see cref="RegressionTestResult.Statistic"/> tests the intercept of Z/√V on √V;
    /// <see cref="RegressionTestResult.LimitEstimate"/> is the slope of that regression (a log odds ratio corrected
    /// for small-study effects). Trials with V = 0 (no events or only events) are left out with a note.
    /// </returns>
    /// <exception cref="ArgumentException">For fewer than 3 usable trials or trials all of one size.</exception>
    public static RegressionTestResult Run(IReadOnlyList<BinaryArms> tables, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var warnings = new List<string>();
        var y = new List<double>();
        var v = new List<double>();
        var x = new List<double>();
        for (var i = 0; i < tables.Count; i++)
        {
            var t = tables[i];
            var n = t.NE + t.NC;
            var events = t.EventsE + t.EventsC;
            var score = t.EventsE - events * t.NE / n;
            var information = t.NE * t.NC * events * (n - events) / (n * n * (n - 1));
            if (!(information > 0))
            {
                warnings.Add($"Study {i + 1} has no information on the odds ratio (V = 0: no events or only events); it is left out of Harbord's test.");
                continue;
            }

            y.Add(score / information);
            v.Add(1 / information);
            x.Add(1 / Math.Sqrt(information));
        }

        return RegressionTest.Fit([.. y], [.. v], [.. x], AsymmetryModel.WeightedRegression, AsymmetryPredictor.StandardError,
            ModelOptions.Default with { Level = level }, warnings);
    }
}
