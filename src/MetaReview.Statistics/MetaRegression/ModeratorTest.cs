using System.Collections.Immutable;

namespace MetaReview.Statistics.MetaRegression;

/// <summary>
/// An omnibus (Wald-type) test that a set of coefficients is zero: QM = b'·Var(b)⁻¹·b, compared with χ²(m), or
/// with the HKSJ covariance F = QM/m compared with F(m, k − p) (Knapp and Hartung 2003,
/// doi:10.1002/sim.1482). metafor: <c>rma(...)$QM</c> and <c>anova(res, btt=)</c>.
/// </summary>
/// <param name="Coefficients">Names of the coefficients tested.</param>
/// <param name="Statistic">QM (χ² test) or F (HKSJ).</param>
/// <param name="Df">Degrees of freedom m (the numerator df of F).</param>
/// <param name="DfDenominator">k − p for the F test; <see langword="null"/> for χ².</param>
/// <param name="PValue">Upper-tail p-value.</param>
public sealed record ModeratorTest(ImmutableArray<string> Coefficients, double Statistic, int Df, int? DfDenominator, double PValue);
