using MetaReview.Statistics.Estimators;
using MetaReview.Statistics.MetaRegression;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Tests.MetaRegression;

/// <summary>
/// Meta-regression of the BCG trials (Colditz et al. 1994, JAMA 271:698) on absolute latitude and publication year,
/// as published in Viechtbauer (2010, J Stat Softw 36(3), section 3.4) and collected in docs/METHODS-REFERENCE.md §3:
/// REML tau² 0.1108, QM(2) 12.2043, QE(10) 28.3251, ablat −0.0280 (SE 0.0102), R² 64.63%.
/// </summary>
public class Colditz1994MetaRegressionTests
{
    private static MetaRegressionResult Fit(ModelOptions? options = null)
    {
        var (yi, vi) = BcgModerators.LogRiskRatios();
        return MetaRegressionModel.Fit(yi, vi, "ablat + year",
            [ModeratorColumn.Numeric("ablat", BcgModerators.Ablat), ModeratorColumn.Numeric("year", BcgModerators.Year)], options);
    }

    [Fact]
    public void AblatYearReml_MatchesPublished()
    {
        var r = Fit();
        Assert.Equal(["intrcpt", "ablat", "year"], r.Coefficients.Select(c => c.Name));
        Tolerance.Published(0.1108, r.Tau2, 4, "tau2");
        Tolerance.Published(28.3251, r.Qe, 4, "QE");
        Assert.Equal(10, r.QeDf);
        Tolerance.Published(-0.0280, r.Coefficients[1].Estimate, 4, "ablat");
        Tolerance.Published(0.0102, r.Coefficients[1].StandardError, 4, "se(ablat)");
        Tolerance.Published(64.63, r.R2!.Value, 2, "R2");
        Assert.Equal(2, r.QmDf);

        // The published QM(2) = 12.2043 was printed by rma() with its default convergence threshold (1e-5 on tau²),
        // which stops at tau² = 0.11078735; converged tightly (threshold=1e-12) metafor gives tau² = 0.1107846969 and
        // QM = 12.2044868792, as MetaReview does. The two agree to the third decimal.
        Tolerance.Published(12.204, r.Qm, 3, "QM");
        Tolerance.Relative(12.2044868792, r.Qm, Tolerance.Iterative, "QM (metafor, threshold=1e-12)");
    }

    [Fact]
    public void AblatYearReml_PredictionAtLatitude10_MatchesMetaforPrint()
    {
        // metafor: predict(rma(yi, vi, mods = ~ ablat + year, test="knha"), newmods=cbind(10, 1970)) printed
        // pred −0.0677, se 0.2666, ci [−0.6618, 0.5263], pi [−1.0180, 0.8825].
        var r = Fit(new ModelOptions { Test = TestMethod.Knha });
        var p = r.Predict(10, 1970);
        Tolerance.Published(-0.0677, p.Estimate, 4, "pred");
        Tolerance.Published(0.2666, p.StandardError, 4, "se");
        Tolerance.Published(-0.6618, p.CiLower, 4, "ci.lb");
        Tolerance.Published(0.5263, p.CiUpper, 4, "ci.ub");
        Tolerance.Published(-1.0180, p.PiLower!.Value, 4, "pi.lb");
        Tolerance.Published(0.8825, p.PiUpper!.Value, 4, "pi.ub");
    }

    [Fact]
    public void NoIntercept_UsesYiAsGiven_WhereMetaforCentresIt()
    {
        // ~ ablat + year - 1 has no intercept and its columns do not span the constant. metafor 3.8-1 centres yi
        // on its mean before the quadratic forms behind QE and tau² (harmless with an intercept, not here): its QE is
        // 31.054 where Σwᵢ(yᵢ − xᵢ'β̂)² is 30.832, and its REML tau² (0.0771) is not where its own REML log-likelihood
        // peaks. MetaReview uses yi as given; the fixture holds the statistics from their k×k definitions.
        var fixture = MetaregFixture.Load("colditz1994-bcg.json");
        var expected = fixture.NoIntercept.Single(r => r.Formula == "ablat + year - 1");
        var control = new ModelOptions { Convergence = new ConvergenceControl(1e-12, 1000) };

        var dl = MetaRegressionModel.Fit(fixture.Yi, fixture.Vi, expected.Formula, fixture.Moderators, control with { Tau2Method = Tau2Method.DL });
        Tolerance.Relative(expected["Qe"], dl.Qe, Tolerance.ClosedForm, "QE");
        Tolerance.Relative(expected["DlTau2"], dl.Tau2, Tolerance.ClosedForm, "DL tau2");

        var reml = MetaRegressionModel.Fit(fixture.Yi, fixture.Vi, expected.Formula, fixture.Moderators, control);
        Tolerance.Relative(expected["RemlTau2"], reml.Tau2, Tolerance.Iterative, "REML tau2 (root of the REML score)");
        Assert.True(expected["LogLikAtRoot"] > expected["LogLikAtMetafor"], "metafor's own REML log-likelihood is higher at the root");
        var estimates = expected.Values["Estimate"].Values;
        var se = expected.Values["StandardError"].Values;
        for (var j = 0; j < reml.P; j++)
        {
            Tolerance.Relative(estimates[j], reml.Coefficients[j].Estimate, Tolerance.Iterative, $"estimate {j}");
            Tolerance.Relative(se[j], reml.Coefficients[j].StandardError, Tolerance.Iterative, $"se {j}");
        }

        // The cause, shown: with centred yi the same engine reproduces metafor's QE and DL tau².
        var mean = fixture.Yi.Average();
        var centred = fixture.Yi.Select(y => y - mean).ToArray();
        var design = DesignMatrix.Build(expected.Formula, fixture.Moderators);
        var data = ModelData.WithModerators(centred, fixture.Vi, design);
        Tolerance.Relative(expected["MetaforQe"], data.Fit.At(0).Q, Tolerance.ClosedForm, "QE with centred yi");
        Tolerance.Relative(expected["CentredQe"], data.Fit.At(0).Q, Tolerance.ClosedForm, "QE with centred yi (definition)");
        Tolerance.Relative(expected["MetaforDlTau2"], new DerSimonianLaird().Estimate(data, control.Convergence).Tau2, Tolerance.ClosedForm, "DL tau2 with centred yi");
    }
}
