using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.SmallStudy;

/// <summary>
/// Peters' test for funnel plot asymmetry with binary outcomes (Peters, Sutton, Jones, Abrams and Rushton 2006,
/// JAMA 295:676, doi:10.1001/jama.295.6.676): weighted least squares of the log odds ratio on 1/nᵢ (nᵢ the total
/// sample size) with the weights of the paper, 1/(1/(a + c) + 1/(b + d)) (the inverse variance of the pooled
/// event rate), and a t(k − 2) test of the slope. The same as R meta's <c>metabias(method.bias="peters")</c>
/// and Stata's <c>metabias, peters</c>. metafor's <c>regtest(predictor="ninv")</c> uses weights 1/vᵢ instead:
/// see <see cref="RegressionTest"/> with <see cref="AsymmetryPredictor.InverseSampleSize"/>.
/// </summary>
public static class PetersTest
{
    /// <summary>Runs the test.</summary>
    /// <param name="yi">Log odds ratios of the studies (with whatever zero-cell correction the analysis used).</param>
    /// <param name="tables">The 2×2 tables, in the same order.</param>
    /// <param name="level">Confidence level of the intercept's CI.</param>
    /// <returns>
    /// The test (predictor <see cref="AsymmetryPredictor.InverseSampleSize"/>); studies with no events or only
    /// events in both arms have no weight and are left out with a note.
    /// </returns>
    /// <exception cref="ArgumentException">For mismatched inputs or fewer than 3 usable studies.</exception>
    public static RegressionTestResult Run(double[] yi, IReadOnlyList<BinaryArms> tables, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(yi);
        ArgumentNullException.ThrowIfNull(tables);
        if (tables.Count != yi.Length)
        {
            throw new ArgumentException($"There are {tables.Count} tables but {yi.Length} effect sizes; they must match.", nameof(tables));
        }

        var warnings = new List<string>();
        var y = new List<double>();
        var v = new List<double>();
        var x = new List<double>();
        for (var i = 0; i < yi.Length; i++)
        {
            var t = tables[i];
            if (!double.IsFinite(yi[i]))
            {
                throw new ArgumentException($"yi[{i}] must be a finite number, got {yi[i]}.", nameof(yi));
            }

            var events = t.EventsE + t.EventsC;
            var nonEvents = t.NE - t.EventsE + t.NC - t.EventsC;
            if (!(events > 0 && nonEvents > 0))
            {
                warnings.Add($"Study {i + 1} has {(events > 0 ? "only events" : "no events")} in both arms and no weight in Peters' test; it is left out.");
                continue;
            }

            y.Add(yi[i]);
            v.Add(1 / events + 1 / nonEvents);
            x.Add(1 / (t.NE + t.NC));
        }

        return RegressionTest.Fit([.. y], [.. v], [.. x], AsymmetryModel.WeightedRegression, AsymmetryPredictor.InverseSampleSize,
            ModelOptions.Default with { Level = level }, warnings);
    }
}
