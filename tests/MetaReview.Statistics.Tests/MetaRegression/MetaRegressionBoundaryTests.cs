using MetaReview.Statistics.MetaRegression;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Tests.MetaRegression;

/// <summary>
/// Degenerate and edge cases of the meta-regression, and second derivations: the omnibus test equals the test of the
/// same coefficients by name, a fixed tau² reproduces the estimated fit, missing moderators leave studies out.
/// </summary>
public class MetaRegressionBoundaryTests
{
    private static readonly ModeratorColumn[] Columns =
    [
        ModeratorColumn.Numeric("ablat", BcgModerators.Ablat),
        ModeratorColumn.Numeric("year", BcgModerators.Year),
        ModeratorColumn.Categorical("alloc", BcgModerators.Alloc),
    ];

    [Fact]
    public void OmnibusTest_EqualsTestOfTheSameCoefficients()
    {
        var (yi, vi) = BcgModerators.LogRiskRatios();
        var r = MetaRegressionModel.Fit(yi, vi, "ablat + year", Columns);
        var byName = r.TestCoefficients("ablat", "year");
        Assert.Equal(r.Qm, byName.Statistic, 12);
        Assert.Equal(["ablat", "year"], byName.Coefficients.ToArray());
        var single = r.TestCoefficients([1]);
        Assert.Equal(r.Coefficients[1].Statistic * r.Coefficients[1].Statistic, single.Statistic, 10);
        Assert.Contains("is out of range", Assert.Throws<ArgumentException>(() => r.TestCoefficients([3])).Message, StringComparison.Ordinal);
        Assert.Contains("neither a coefficient", Assert.Throws<ArgumentException>(() => r.TestCoefficients("latitude")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FixedTau2_ReproducesTheEstimatedFit()
    {
        var (yi, vi) = BcgModerators.LogRiskRatios();
        var estimated = MetaRegressionModel.Fit(yi, vi, "ablat + year", Columns);
        var given = MetaRegressionModel.Fit(yi, vi, "ablat + year", Columns, new ModelOptions { FixedTau2 = estimated.Tau2 });
        Assert.Null(given.Tau2Method);
        Assert.Null(given.Tau2Se);
        for (var j = 0; j < 3; j++)
        {
            Assert.Equal(estimated.Coefficients[j].Estimate, given.Coefficients[j].Estimate, 12);
            Assert.Equal(estimated.Coefficients[j].StandardError, given.Coefficients[j].StandardError, 12);
        }

        Assert.Equal(estimated.R2!.Value, given.R2!.Value, 10);
    }

    [Fact]
    public void MixedEffectsWithoutResidualDf_IsRejected_FixedEffectsIsFitted()
    {
        var (yi, vi) = BcgModerators.LogRiskRatios();
        var rows = new[] { 0, 4, 9 };
        var columns = new[]
        {
            ModeratorColumn.Numeric("ablat", [.. rows.Select(i => BcgModerators.Ablat[i])]),
            ModeratorColumn.Numeric("year", [.. rows.Select(i => BcgModerators.Year[i])]),
        };
        double[] y = [.. rows.Select(i => yi[i])], v = [.. rows.Select(i => vi[i])];
        var error = Assert.Throws<ArgumentException>(() => MetaRegressionModel.Fit(y, v, "ablat + year", columns));
        Assert.Contains("k = 3 studies and p = 3 coefficients", error.Message, StringComparison.Ordinal);

        var fixedFit = MetaRegressionModel.Fit(y, v, "ablat + year", columns, new ModelOptions { Model = EffectModel.Fixed, Test = TestMethod.Knha });
        Assert.Equal(0, fixedFit.QeDf);
        Assert.Equal(0, fixedFit.Qe, 10);
        Assert.Equal(TestMethod.Z, fixedFit.Test);
        Assert.Contains(fixedFit.Warnings, w => w.Contains("HKSJ needs k > p", StringComparison.Ordinal));
        Assert.Null(fixedFit.R2);
        for (var i = 0; i < 3; i++)
        {
            // Saturated: the fitted values are the data.
            Assert.Equal(y[i], fixedFit.Predict(columns[0].Numbers[i], columns[1].Numbers[i]).Estimate, 9);
        }
    }

    [Fact]
    public void ZeroResidualTau2_IsNoted()
    {
        // dat.bcg trials 5, 8, 12, 13 (Frimodt-Moller, TPT Madras, two Comstock trials) ~ ablat: REML tau² = 0 (metafor too).
        var (yi, vi) = BcgModerators.LogRiskRatios();
        var rows = new[] { 4, 7, 11, 12 };
        var r = MetaRegressionModel.Fit([.. rows.Select(i => yi[i])], [.. rows.Select(i => vi[i])], "ablat",
            [ModeratorColumn.Numeric("ablat", [.. rows.Select(i => BcgModerators.Ablat[i])])]);
        Assert.Equal(0, r.Tau2);
        Assert.Contains(r.Warnings, w => w.Contains("residual tau² is estimated as 0", StringComparison.Ordinal));
        Assert.Equal(0, r.I2);
    }

    [Fact]
    public void MissingModerator_LeavesTheStudyOutWithANote()
    {
        var (yi, vi) = BcgModerators.LogRiskRatios();
        var ablat = BcgModerators.Ablat.Select((a, i) => i == 7 ? double.NaN : a).ToArray();
        var withMissing = MetaRegressionModel.Fit(yi, vi, "ablat", [ModeratorColumn.Numeric("ablat", ablat)]);
        var without = MetaRegressionModel.Fit([.. yi.Where((_, i) => i != 7)], [.. vi.Where((_, i) => i != 7)], "ablat",
            [ModeratorColumn.Numeric("ablat", [.. BcgModerators.Ablat.Where((_, i) => i != 7)])]);
        Assert.Equal(12, withMissing.K);
        Assert.Equal(without.Coefficients[1].Estimate, withMissing.Coefficients[1].Estimate, 12);
        Assert.Contains(withMissing.Warnings, w => w.Contains("study 8 (ablat)", StringComparison.Ordinal));
        Assert.Contains("yi has 12 studies but the moderators have 13", Assert.Throws<ArgumentException>(() =>
            MetaRegressionModel.Fit(yi[..12], vi[..12], "ablat", [ModeratorColumn.Numeric("ablat", ablat)])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_ChecksItsArguments()
    {
        var (yi, vi) = BcgModerators.LogRiskRatios();
        var r = MetaRegressionModel.Fit(yi, vi, "ablat + year", Columns);
        Assert.Contains("needs 2 moderator value(s) (ablat, year), got 1", Assert.Throws<ArgumentException>(() => r.Predict(10)).Message, StringComparison.Ordinal);
        Assert.Contains("(year) must be finite", Assert.Throws<ArgumentException>(() => r.Predict(10, double.NaN)).Message, StringComparison.Ordinal);
        var at = r.Predict(10, 1970);
        Assert.Equal(r.Coefficients[0].Estimate + 10 * r.Coefficients[1].Estimate + 1970 * r.Coefficients[2].Estimate, at.Estimate, 10);
    }
}
