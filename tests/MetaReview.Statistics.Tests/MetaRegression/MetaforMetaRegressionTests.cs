using MetaReview.Statistics.MetaRegression;

namespace MetaReview.Statistics.Tests.MetaRegression;

/// <summary>
/// Every meta-regression in the metafor fixtures (tools/reference/metareg.R; five metadat datasets, all eight tau²
/// estimators and the fixed-effects model, z and Knapp–Hartung tests): coefficients, covariance, QM, QE, tau² and
/// its SE and Q-profile CI, residual I² and H², R², anova(btt=) tests and predict(newmods=). Closed forms at
/// <see cref="Tolerance.ClosedForm"/>, iterative estimators at <see cref="Tolerance.Iterative"/>.
/// </summary>
public class MetaforMetaRegressionTests
{
    public static TheoryData<string, string> Fits => MetaregFixture.AllMetareg();

    [Theory]
    [MemberData(nameof(Fits))]
    public void Fit_MatchesMetafor(string file, string name)
    {
        var fixture = MetaregFixture.Load(file);
        var expected = fixture.Metareg.Single(f => f.Name == name);
        var rel = MetaregFixture.ToleranceFor(expected.Method);
        var result = MetaRegressionModel.Fit(fixture.Yi, fixture.Vi, expected.Formula, fixture.Moderators, MetaregFixture.Options(expected.Method, expected.Test));
        var where = $"{file} {expected.Call}";

        Assert.Equal(expected.Names, result.Coefficients.Select(c => c.Name));
        Assert.Equal((int)expected["K"], result.K);
        for (var j = 0; j < result.P; j++)
        {
            var c = result.Coefficients[j];
            Close(expected, "Estimate", j, c.Estimate, rel, where);
            Close(expected, "StandardError", j, c.StandardError, rel, where);
            Close(expected, "Statistic", j, c.Statistic, rel, where);
            Close(expected, "PValue", j, c.PValue, rel, where);
            Close(expected, "CiLower", j, c.CiLower, rel, where);
            Close(expected, "CiUpper", j, c.CiUpper, rel, where);
        }

        // vcov(res) is column-major in R; symmetric, so the order does not matter. Covariances that are exactly 0
        // (independent factor levels without intercept) come out of metafor's matrix inversion as ~1e-18.
        var covariance = expected.Values["Covariance"].Values;
        for (var i = 0; i < covariance.Length; i++)
        {
            Tolerance.Relative(covariance[i], result.Covariance[i], rel, $"{where}: vcov[{i}]", floor: 1e-10);
        }

        // metafor's REML stops at ~1e-13 rather than 0 on the boundary: tau² and I² get an absolute floor.
        Tolerance.Relative(expected["Tau2"], result.Tau2, rel, $"{where}: tau2", floor: 1e-6);
        if (expected.Method != "FE")
        {
            Tolerance.Relative(expected["Tau2Se"], result.Tau2Se!.Value, rel, $"{where}: se.tau2");
            Tolerance.Relative(expected["Tau2CiLower"], result.Tau2Ci!.Value.Lower, Tolerance.Iterative, $"{where}: tau2 ci.lb", floor: 1e-8);
            Tolerance.Relative(expected["Tau2CiUpper"], result.Tau2Ci!.Value.Upper, Tolerance.Iterative, $"{where}: tau2 ci.ub", floor: 1e-8);
            Tolerance.Relative(expected["I2CiLower"], result.I2Ci!.Value.Lower, Tolerance.Iterative, $"{where}: I2 ci.lb", floor: 1e-6);
            Tolerance.Relative(expected["I2CiUpper"], result.I2Ci!.Value.Upper, Tolerance.Iterative, $"{where}: I2 ci.ub", floor: 1e-6);
        }

        Tolerance.Relative(expected["I2"], result.I2, rel, $"{where}: I2", floor: 1e-3);
        Tolerance.Relative(expected["H2"], result.H2, rel, $"{where}: H2");
        if (expected.Values.ContainsKey("R2"))
        {
            Tolerance.Relative(expected["R2"], result.R2!.Value, rel, $"{where}: R2", floor: 1e-6);
        }
        else
        {
            Assert.Null(result.R2);
        }

        Tolerance.Relative(expected["Qm"], result.Qm, rel, $"{where}: QM");
        Assert.Equal((int)expected["QmDf"], result.QmDf);
        Assert.Equal(double.IsNaN(expected["QmDfDenominator"]) ? null : (int)expected["QmDfDenominator"], result.QmDfDenominator);
        Tolerance.Relative(expected["QmP"], result.QmP, rel, $"{where}: QMp");
        Tolerance.Relative(expected["Qe"], result.Qe, Tolerance.ClosedForm, $"{where}: QE");
        Assert.Equal((int)expected["QeDf"], result.QeDf);
        Tolerance.Relative(expected["QeP"], result.QeP, Tolerance.ClosedForm, $"{where}: QEp");

        foreach (var test in expected.Tests)
        {
            var actual = int.TryParse(test.Btt[0], out var index)
                ? result.TestCoefficients([index - 1])
                : result.TestCoefficients(test.Btt);
            Tolerance.Relative(test.Values["Statistic"].Scalar, actual.Statistic, rel, $"{where}; {test.Call}: QM");
            Assert.Equal((int)test.Values["Df"].Scalar, actual.Df);
            Tolerance.Relative(test.Values["PValue"].Scalar, actual.PValue, rel, $"{where}; {test.Call}: QMp");
        }

        foreach (var prediction in expected.Predictions)
        {
            var actual = result.Predict(prediction.NewMods);
            var w = $"{where}; {prediction.Call}";
            Tolerance.Relative(prediction.Values["Estimate"].Scalar, actual.Estimate, rel, $"{w}: pred");
            Tolerance.Relative(prediction.Values["StandardError"].Scalar, actual.StandardError, rel, $"{w}: se");
            Tolerance.Relative(prediction.Values["CiLower"].Scalar, actual.CiLower, rel, $"{w}: ci.lb");
            Tolerance.Relative(prediction.Values["CiUpper"].Scalar, actual.CiUpper, rel, $"{w}: ci.ub");
            if (expected.Method != "FE")
            {
                Tolerance.Relative(prediction.Values["PiLower"].Scalar, actual.PiLower!.Value, rel, $"{w}: pi.lb");
                Tolerance.Relative(prediction.Values["PiUpper"].Scalar, actual.PiUpper!.Value, rel, $"{w}: pi.ub");
            }
        }
    }

    private static void Close(FixtureFit expected, string key, int j, double actual, double rel, string where) =>
        Tolerance.Relative(expected.Values[key].Values[j], actual, rel, $"{where}: {key}[{expected.Names[j]}]");
}
