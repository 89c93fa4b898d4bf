using System.Collections.Immutable;
using MetaReview.Statistics.Heterogeneity;
using MetaReview.Statistics.Internal;

namespace MetaReview.Statistics.Models;

/// <summary>Builds the fixed-effect <see cref="MetaAnalysisResult"/> of a Mantel–Haenszel or Peto analysis.</summary>
internal static class MantelHaenszelPetoResult
{
    /// <summary>
    /// Wald z test and interval from the estimate and its variance; I² and H² from Q. A non-finite estimate or
    /// variance (not estimable) gives NaN statistics; a zero variance gives a point interval and no test.
    /// </summary>
    public static MetaAnalysisResult Build(PoolingMethod method, double estimate, double variance, int k, double q, int qDf,
        double[] weightPercent, double level, ImmutableArray<string>.Builder warnings, ImmutableArray<string>.Builder conventions,
        TestStatistic? cmh = null, TestStatistic? tarone = null)
    {
        var se = Math.Sqrt(variance);
        var crit = Quantiles.Normal(1 - (1 - level) / 2);
        var z = se > 0 ? estimate / se : double.NaN;
        var p = se > 0 ? Quantiles.TwoSidedNormalP(z) : double.NaN;
        if (double.IsFinite(estimate) && se == 0)
        {
            warnings.Add("The variance of the pooled estimate is 0: there is no test, and the interval is a point.");
        }

        conventions.Add("Test and CI: Wald z");
        conventions.Add("I², H²: from Q (Higgins and Thompson 2002)");
        var i2 = HeterogeneityMeasures.I2FromQ(q, qDf);
        var h2 = HeterogeneityMeasures.H2FromQ(q, qDf);
        return new MetaAnalysisResult
        {
            Model = EffectModel.Fixed,
            Method = method,
            Test = TestMethod.Z,
            Level = level,
            K = k,
            Estimate = estimate,
            StandardError = se,
            Statistic = z,
            PValue = p,
            CiLower = estimate - crit * se,
            CiUpper = estimate + crit * se,
            Tau2 = 0,
            I2 = i2,
            H2 = h2,
            HeterogeneityBasis = HeterogeneityBasis.Q,
            I2FromQ = i2,
            H2FromQ = h2,
            Q = q,
            QDf = qDf,
            QP = Quantiles.ChiSquareUpperP(q, qDf),
            WeightPercent = ImmutableArray.Create(weightPercent),
            Cmh = cmh,
            Tarone = tarone,
            Warnings = warnings.ToImmutable(),
            Conventions = conventions.ToImmutable(),
        };
    }

    /// <summary>100·wᵢ/Σw, with 0 for every study when Σw = 0.</summary>
    public static double[] Percent(double[] weights)
    {
        var sum = 0.0;
        foreach (var w in weights)
        {
            sum += w;
        }

        var percent = new double[weights.Length];
        if (sum > 0)
        {
            for (var i = 0; i < weights.Length; i++)
            {
                percent[i] = 100 * weights[i] / sum;
            }
        }

        return percent;
    }
}
