namespace MetaReview.Statistics.Subgroups;

/// <summary>
/// The test for subgroup differences as RevMan reports it: Cochran's Q among the G subgroup estimates, treated as
/// fixed with weights 1/SEᵍ² (the Wald SEs of the subgroup models), df = G − 1, and its I² (Deeks, Altman and Bradburn
/// 2001; Cochrane Handbook 10.11.3). metafor: <c>rma(estimates, sei=se, method="FE")</c> (QE, QEp, I2).
/// JSON <c>q_between {q, df, p_value}</c>.
/// </summary>
/// <param name="Q">Q between subgroups.</param>
/// <param name="Df">G − 1.</param>
/// <param name="PValue">χ²(G − 1) upper-tail p-value.</param>
/// <param name="I2">100·max(0, (Q − df)/Q), in percent.</param>
public sealed record QBetween(double Q, int Df, double PValue, double I2);
