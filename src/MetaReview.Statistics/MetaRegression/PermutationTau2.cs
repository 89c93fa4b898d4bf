using MetaReview.Statistics.Estimators;
using MetaReview.Statistics.Internal;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.MetaRegression;

/// <summary>
/// Re-estimates tau² for one permutation workspace. The iterative estimators (REML, ML, PM and EB, which share
/// PM's equation) solve the same estimating equations as <see cref="RestrictedMaximumLikelihood"/>,
/// <see cref="MaximumLikelihood"/> and <see cref="PauleMandel"/>, with the same safeguarded solver and tolerance,
/// but from a warm start instead of the moment estimate, with Newton steps (the observed information
/// 2·y'PPPy − tr(PP) for REML, 2·y'PPPy − Σw² for ML, in place of Fisher's tr(PP) and Σw², which converge only
/// linearly) and without the standard error: a permutation needs only tau². The root is the same. The delegate is
/// built once per workspace, so a permutation allocates next to nothing. Closed-form estimators (DL, HE, SJ, HS)
/// are called as they are.
/// </summary>
internal sealed class PermutationTau2
{
    private readonly ModelData _data;
    private readonly ConvergenceControl _control;
    private readonly ITau2Estimator _estimator;
    private readonly IterativeTau2Solver.Equation? _equation;
    private readonly RegressionFit _fit;
    private readonly int _df;

    public PermutationTau2(ModelData data, Tau2Method method, ConvergenceControl control)
    {
        _data = data;
        _control = control;
        _estimator = Tau2Estimators.For(method);
        _fit = (RegressionFit)data.Fit;
        _df = data.K - data.P;
        _equation = method switch
        {
            Tau2Method.REML => Reml,
            Tau2Method.ML => Ml,
            Tau2Method.PM or Tau2Method.EB => GeneralisedQ,
            _ => null,
        };
    }

    /// <summary>tau² for the workspace's current design, starting an iterative estimator at <paramref name="start"/>.</summary>
    public double Estimate(double start) => _equation is null
        ? _estimator.Estimate(_data, _control).Tau2
        : IterativeTau2Solver.Solve(_equation, start, _control, _fit.TypicalVariance).Tau2;

    /// <summary>REML score y'PPy − tr(P); −d/dtau² = 2·y'PPPy − tr(PP).</summary>
    private (double F, double Information) Reml(double tau2)
    {
        var s = _fit.ScoreTerms(tau2);
        return (s.YPPy - s.TrP, Newton(2 * s.YPPPy - s.TrPP, s.TrPP));
    }

    /// <summary>ML score y'PPy − Σw; −d/dtau² = 2·y'PPPy − Σw².</summary>
    private (double F, double Information) Ml(double tau2)
    {
        var s = _fit.ScoreTerms(tau2);
        return (s.YPPy - s.SumW, Newton(2 * s.YPPPy - s.SumW2, s.SumW2));
    }

    /// <summary>Paule–Mandel: Q(tau²) − (k − p); −dQ/dtau² = y'PPy (already Newton).</summary>
    private (double F, double Information) GeneralisedQ(double tau2)
    {
        var s = _fit.At(tau2);
        return (s.Q - _df, s.YPPy);
    }

    /// <summary>The observed information where it is positive (Newton), else Fisher's (scoring).</summary>
    private static double Newton(double observed, double fisher) => observed > 0 ? observed : fisher;
}
