namespace MetaReview.Reporting.Plots.Funnel;

/// <summary>
/// Egger's regression line in its classical form, the standardised effect on precision:
/// yi/sei = <see cref="Intercept"/> + <see cref="Slope"/>·(1/sei) (Egger M, Davey Smith G, Schneider M, Minder C.
/// BMJ 1997;315:629–34). The intercept measures asymmetry; the slope is the effect as sei → 0. In the funnel's
/// coordinates the line is yi = <see cref="Slope"/> + <see cref="Intercept"/>·sei. metafor:
/// <c>regtest(rma(yi, vi, method = "FE"), model = "lm", predictor = "sei")</c> reports the same two numbers the
/// other way round (its coefficient of sei is this intercept, its intercept this slope).
/// </summary>
/// <param name="Intercept">β₀, the asymmetry coefficient.</param>
/// <param name="Slope">β₁, the effect on the analysis scale as the standard error goes to 0.</param>
public sealed record EggerLine(double Intercept, double Slope);
