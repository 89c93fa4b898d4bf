using MetaReview.Statistics.Subgroups;
using MetaReview.Statistics.Tests.MetaRegression;

namespace MetaReview.Statistics.Tests.Subgroups;

/// <summary>
/// Every subgroup analysis in the metafor fixtures (tools/reference/metareg.R): per-level rma() fits (separate or
/// common tau², z or HKSJ, levels with a single study), the moderator test of rma(mods = ~ factor(group)) and RevMan's
/// Q between the subgroup estimates as rma(estimates, sei=, method="FE").
/// </summary>
public class MetaforSubgroupTests
{
    public static TheoryData<string, string> Analyses => MetaregFixture.AllSubgroups();

    [Theory]
    [MemberData(nameof(Analyses))]
    public void Subgroups_MatchMetafor(string file, string name)
    {
        var fixture = MetaregFixture.Load(file);
        var expected = fixture.Subgroups.Single(s => s.Name == name);
        var rel = MetaregFixture.ToleranceFor(expected.Method);
        var options = MetaregFixture.Options(expected.Method, expected.Test);
        var result = SubgroupAnalysis.Fit(fixture.Yi, fixture.Vi, fixture.Labels[expected.Column], options,
            new SubgroupOptions { Tau2 = expected.Common ? SubgroupTau2.Common : SubgroupTau2.Separate });

        Assert.Equal(expected.Levels.Select(l => l.Level), result.Subgroups.Select(s => s.Name));
        foreach (var level in expected.Levels)
        {
            var actual = result.Subgroups.Single(s => s.Name == level.Level);
            var where = $"{file} {level.Call}";
            Assert.Equal((int)level["K"], actual.K);
            Tolerance.Relative(level["Estimate"], actual.Estimate, rel, $"{where}: estimate");
            Tolerance.Relative(level["StandardError"], actual.StandardError, rel, $"{where}: se");
            Tolerance.Relative(level["CiLower"], actual.CiLower, rel, $"{where}: ci.lb");
            Tolerance.Relative(level["CiUpper"], actual.CiUpper, rel, $"{where}: ci.ub");
            // metafor's REML stops at ~1e-13 rather than 0 on the boundary: tau² and I² get an absolute floor.
            Tolerance.Relative(level["Tau2"], actual.Tau2, rel, $"{where}: tau2", floor: 1e-6);
            Tolerance.Relative(level["I2"], actual.I2, rel, $"{where}: I2", floor: 1e-3);
            Tolerance.Relative(level["Q"], actual.Q, Tolerance.ClosedForm, $"{where}: Q", floor: 1e-12);
            Assert.Equal((int)level["QDf"], actual.QDf);
            Tolerance.Relative(level["QP"], actual.QP, Tolerance.ClosedForm, $"{where}: Q p");
            if (actual.K == 1)
            {
                Assert.Contains(actual.Result.Warnings, w => w.Contains("single study", StringComparison.Ordinal));
            }
        }

        var between = result.QBetween!;
        Tolerance.Relative(expected.Between["Q"].Scalar, between.Q, rel, $"{file} {name}: Q between");
        Assert.Equal((int)expected.Between["Df"].Scalar, between.Df);
        Tolerance.Relative(expected.Between["PValue"].Scalar, between.PValue, rel, $"{file} {name}: Q between p");
        Tolerance.Relative(expected.Between["I2"].Scalar, between.I2, rel, $"{file} {name}: Q between I2", floor: 1e-8);

        var test = result.SubgroupTest!;
        var m = expected.ModeratorTest;
        Tolerance.Relative(m["Statistic"].Scalar, test.Q, rel, $"{file} {expected.ModeratorCall}: QM");
        Assert.Equal((int)m["Df"].Scalar, test.Df);
        Assert.Equal(double.IsNaN(m["DfDenominator"].Scalar) ? null : (int)m["DfDenominator"].Scalar, test.DfDenominator);
        Tolerance.Relative(m["PValue"].Scalar, test.PValue, rel, $"{file} {expected.ModeratorCall}: QMp");
        Tolerance.Relative(m["Tau2"].Scalar, test.Tau2Residual, rel, $"{file} {expected.ModeratorCall}: tau2", floor: 1e-6);
        if (expected.Common)
        {
            Assert.Equal(test.Tau2Residual, result.Tau2Common);
        }
    }
}
