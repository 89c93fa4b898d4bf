namespace MetaReview.Statistics.MetaRegression;

/// <summary>
/// One coefficient of a meta-regression with its test and confidence interval (a row of metafor's
/// <c>coef(summary(res))</c>). JSON: <c>{name, estimate, se, statistic, p_value, ci_lower, ci_upper}</c>.
/// </summary>
/// <param name="Name">The design column, e.g. <c>intrcpt</c>, <c>ablat</c>, <c>factor(alloc)random</c>.</param>
/// <param name="Estimate">The coefficient β̂ⱼ.</param>
/// <param name="StandardError">√Var(β̂ⱼ) (with the HKSJ factor s² when the test is HKSJ).</param>
/// <param name="Statistic">z = β̂ⱼ/SE (Wald), or t with k − p degrees of freedom (HKSJ).</param>
/// <param name="PValue">Two-sided p-value of <paramref name="Statistic"/>.</param>
/// <param name="CiLower">Lower confidence bound, β̂ⱼ − c·SE (c the normal or t(k − p) quantile).</param>
/// <param name="CiUpper">Upper confidence bound.</param>
public sealed record RegressionCoefficient(
    string Name, double Estimate, double StandardError, double Statistic, double PValue, double CiLower, double CiUpper);
