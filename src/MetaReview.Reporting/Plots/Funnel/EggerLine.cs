using MetaReview.Statistics.SmallStudy;

namespace MetaReview.Reporting.Plots.Funnel;

/// <summary>
/// Egger's regression line in the funnel's coordinates: yi = <see cref="Intercept"/> + <see cref="Slope"/>·sei, the
/// weighted regression of the estimates on their standard errors (weights 1/vi) that is equivalent to Egger's
/// regression of yi/sei on 1/sei (Egger M, Davey Smith G, Schneider M, Minder C. BMJ 1997;315:629–34). The intercept
/// is the limit estimate as sei → 0 (the slope of Egger's original form), the slope the asymmetry (its intercept).
/// The same two numbers as <see cref="RegressionTestResult.Intercept"/> and <see cref="RegressionTestResult.Slope"/>
/// of <see cref="EggerTest.Classical"/>, and metafor's <c>regtest(rma(yi, vi, method = "FE"), model = "lm",
/// predictor = "sei")</c> (intercept, coefficient of sei).
/// </summary>
/// <param name="Intercept">The estimate on the analysis scale as the standard error goes to 0.</param>
/// <param name="Slope">The coefficient of the standard error (the asymmetry).</param>
public sealed record EggerLine(double Intercept, double Slope)
{
    /// <summary>The line of an Egger test computed by the engine (<see cref="EggerTest.Classical"/> or <see cref="EggerTest.MixedEffects"/>).</summary>
    public static EggerLine From(RegressionTestResult egger)
    {
        ArgumentNullException.ThrowIfNull(egger);
        if (egger.Predictor != AsymmetryPredictor.StandardError)
        {
            throw new ArgumentException(FormattableString.Invariant($"a funnel plot draws Egger's line against the standard error, but the test used the predictor {egger.Predictor}"), nameof(egger));
        }

        return new EggerLine(egger.Intercept, egger.Slope);
    }
}
