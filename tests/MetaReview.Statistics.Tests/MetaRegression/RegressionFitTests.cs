using MathNet.Numerics.LinearAlgebra;
using MetaReview.Statistics.Internal;

namespace MetaReview.Statistics.Tests.MetaRegression;

/// <summary>
/// The p×p identities of <see cref="RegressionFit"/> against the definitions computed with k×k matrices
/// (P = W − WX(X'WX)⁻¹X'W, V = diag(vᵢ)) on the BCG trials with intercept, latitude and year, a design whose
/// normal equations are badly conditioned without standardisation (years next to an intercept).
/// </summary>
public class RegressionFitTests
{
    private const double Tight = 1e-10;

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.1107846969)]
    [InlineData(2.5)]
    public void At_TracesMatchDirectComputation(double tau2)
    {
        var (yi, vi) = BcgModerators.LogRiskRatios();
        var fit = new RegressionFit(yi, vi, BcgModerators.InterceptAblatYear(), 3);
        var w = vi.Select(v => 1 / (v + tau2)).ToArray();
        AssertMatches(Direct(yi, vi, BcgModerators.InterceptAblatYear(), 3, w), fit.At(tau2));
    }

    [Fact]
    public void Ols_TracesMatchDirectComputation()
    {
        var (yi, vi) = BcgModerators.LogRiskRatios();
        var fit = new RegressionFit(yi, vi, BcgModerators.InterceptAblatYear(), 3);
        var w = Enumerable.Repeat(1.0, yi.Length).ToArray();
        AssertMatches(Direct(yi, vi, BcgModerators.InterceptAblatYear(), 3, w), fit.Ols());
    }

    [Fact]
    public void Coefficients_MatchDirectSolution()
    {
        var (yi, vi) = BcgModerators.LogRiskRatios();
        const double Tau2 = 0.1107846969;
        var x = BcgModerators.InterceptAblatYear();
        var fit = new RegressionFit(yi, vi, x, 3);
        var beta = new double[3];
        var cov = new double[9];
        fit.Coefficients(Tau2, beta, cov);

        var (xm, wm, y) = Matrices(yi, x, 3, vi.Select(v => 1 / (v + Tau2)).ToArray());
        var m = (xm.Transpose() * wm * xm).Inverse();
        var direct = m * xm.Transpose() * wm * y;
        for (var j = 0; j < 3; j++)
        {
            Tolerance.Relative(direct[j], beta[j], 1e-9, $"beta[{j}]");
            for (var c = 0; c < 3; c++)
            {
                Tolerance.Relative(m[j, c], cov[j * 3 + c], 1e-9, $"M[{j},{c}]");
            }
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.1107846969)]
    public void ScoreTerms_MatchDirectComputation(double tau2)
    {
        var (yi, vi) = BcgModerators.LogRiskRatios();
        var x = BcgModerators.InterceptAblatYear();
        var fit = new RegressionFit(yi, vi, x, 3);
        var w = vi.Select(v => 1 / (v + tau2)).ToArray();
        var (xm, wm, y) = Matrices(yi, x, 3, w);
        var p = wm - wm * xm * (xm.Transpose() * wm * xm).Inverse() * xm.Transpose() * wm;
        var s = fit.ScoreTerms(tau2);
        Tolerance.Relative(w.Sum(), s.SumW, Tight, "Σw");
        Tolerance.Relative(w.Sum(a => a * a), s.SumW2, Tight, "Σw²");
        Tolerance.Relative(p.Trace(), s.TrP, 1e-9, "tr(P)");
        Tolerance.Relative((p * p).Trace(), s.TrPP, 1e-9, "tr(PP)");
        Tolerance.Relative(y * p * p * y, s.YPPy, 1e-9, "y'PPy");
        Tolerance.Relative(y * p * p * p * y, s.YPPPy, 1e-9, "y'PPPy");
    }

    [Fact]
    public void Workspace_LoadRows_RefitsThePermutedDesign()
    {
        var (yi, vi) = BcgModerators.LogRiskRatios();
        var x = BcgModerators.InterceptAblatYear();
        var fit = new RegressionFit(yi, vi, x, 3);
        var workspace = fit.CreateWorkspace();
        int[] source = [12, 0, 5, 3, 1, 2, 4, 6, 7, 8, 9, 10, 11];
        workspace.LoadRows(fit, source);
        var permuted = new double[x.Length];
        for (var i = 0; i < source.Length; i++)
        {
            Array.Copy(x, source[i] * 3, permuted, i * 3, 3);
        }

        AssertMatches(new RegressionFit(yi, vi, permuted, 3).At(0.2), workspace.At(0.2));
        AssertMatches(fit.At(0.2), fit.CreateWorkspace().At(0.2));
    }

    [Fact]
    public void InterceptOnlyDesign_AgreesWithClosedForms()
    {
        var (yi, vi) = BcgModerators.LogRiskRatios();
        var regression = new RegressionFit(yi, vi, Enumerable.Repeat(1.0, yi.Length).ToArray(), 1);
        var closed = new InterceptOnlyFit(yi, vi);
        foreach (var tau2 in new[] { 0.0, 0.3132, 4.0 })
        {
            AssertMatches(closed.At(tau2), regression.At(tau2));
            Tolerance.Relative(closed.LogLikelihood(tau2, true), regression.LogLikelihood(tau2, true), Tight, "REML log-likelihood");
            Tolerance.Relative(closed.LogLikelihood(tau2, false), regression.LogLikelihood(tau2, false), Tight, "ML log-likelihood");
        }

        AssertMatches(closed.Ols(), regression.Ols());
    }

    [Fact]
    public void LogLikelihood_MatchesDirectDefinition()
    {
        // REML: −½[(k − p)·log 2π + Σlog(vᵢ + tau²) + log|X'WX| + y'Py] + ½·log|X'X| (metafor's convention).
        var (yi, vi) = BcgModerators.LogRiskRatios();
        const double Tau2 = 0.2;
        var x = BcgModerators.InterceptAblatYear();
        var fit = new RegressionFit(yi, vi, x, 3);
        var w = vi.Select(v => 1 / (v + Tau2)).ToArray();
        var (xm, wm, y) = Matrices(yi, x, 3, w);
        var p = wm - wm * xm * (xm.Transpose() * wm * xm).Inverse() * xm.Transpose() * wm;
        var q = y * p * y;
        var sumLog = vi.Sum(v => Math.Log(v + Tau2));
        var k = yi.Length;
        var logDetXtWX = Math.Log((xm.Transpose() * wm * xm).Determinant());
        var reml = -0.5 * ((k - 3) * Math.Log(2 * Math.PI) + sumLog + logDetXtWX + q) + 0.5 * Math.Log((xm.Transpose() * xm).Determinant());
        var ml = -0.5 * (k * Math.Log(2 * Math.PI) + sumLog + q);
        Tolerance.Relative(reml, fit.LogLikelihood(Tau2, true), 1e-9, "REML log-likelihood");
        Tolerance.Relative(ml, fit.LogLikelihood(Tau2, false), Tight, "ML log-likelihood");
    }

    [Fact]
    public void CollinearColumn_IsFound()
    {
        // latitude, and latitude in another unit (× 2): column 2 repeats column 1.
        var k = BcgModerators.Ablat.Length;
        var x = new double[k * 3];
        for (var i = 0; i < k; i++)
        {
            x[3 * i] = 1;
            x[3 * i + 1] = BcgModerators.Ablat[i];
            x[3 * i + 2] = 2 * BcgModerators.Ablat[i] + 5;
        }

        Assert.Equal(2, RegressionFit.FindCollinearColumn(x, k, 3));
        Assert.Equal(-1, RegressionFit.FindCollinearColumn(BcgModerators.InterceptAblatYear(), k, 3));
    }

    private static (Matrix<double> X, Matrix<double> W, Vector<double> Y) Matrices(double[] yi, double[] x, int p, double[] w)
    {
        var k = yi.Length;
        var xm = Matrix<double>.Build.Dense(k, p, (i, j) => x[i * p + j]);
        return (xm, Matrix<double>.Build.DenseOfDiagonalArray(w), Vector<double>.Build.DenseOfArray(yi));
    }

    private static WlsSummary Direct(double[] yi, double[] vi, double[] x, int p, double[] w)
    {
        var (xm, wm, y) = Matrices(yi, x, p, w);
        var v = Matrix<double>.Build.DenseOfDiagonalArray(vi);
        var m = (xm.Transpose() * wm * xm).Inverse();
        var beta = m * xm.Transpose() * wm * y;
        var pm = wm - wm * xm * m * xm.Transpose() * wm;
        var r = y - xm * beta;
        return new WlsSummary
        {
            SumW = w.Sum(),
            SumW2 = w.Sum(a => a * a),
            Q = y * pm * y,
            YPPy = y * pm * pm * y,
            Rss = r * r,
            TrP = pm.Trace(),
            TrPP = (pm * pm).Trace(),
            TrPV = (pm * v).Trace(),
            TrPVP = (pm * v * pm).Trace(),
            TrPVPV = (pm * v * pm * v).Trace(),
            Beta0 = beta[0],
        };
    }

    private static void AssertMatches(WlsSummary expected, WlsSummary actual)
    {
        Tolerance.Relative(expected.SumW, actual.SumW, Tight, "Σw");
        Tolerance.Relative(expected.SumW2, actual.SumW2, Tight, "Σw²");
        Tolerance.Relative(expected.Q, actual.Q, 1e-9, "y'Py");
        Tolerance.Relative(expected.YPPy, actual.YPPy, 1e-9, "y'PPy");
        Tolerance.Relative(expected.Rss, actual.Rss, 1e-9, "RSS");
        Tolerance.Relative(expected.TrP, actual.TrP, 1e-9, "tr(P)");
        Tolerance.Relative(expected.TrPP, actual.TrPP, 1e-9, "tr(PP)");
        Tolerance.Relative(expected.TrPV, actual.TrPV, 1e-9, "tr(PV)");
        Tolerance.Relative(expected.TrPVP, actual.TrPVP, 1e-9, "tr(PVP)");
        Tolerance.Relative(expected.TrPVPV, actual.TrPVPV, 1e-9, "tr(PVPV)");
        Tolerance.Relative(expected.Beta0, actual.Beta0, 1e-9, "β₀");
    }
}
