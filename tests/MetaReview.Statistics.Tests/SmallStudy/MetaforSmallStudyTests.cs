using MetaReview.Statistics.SmallStudy;
using MetaReview.Statistics.Tests.Sensitivity;

namespace MetaReview.Statistics.Tests.SmallStudy;

/// <summary>
/// Regression tests, rank correlation, trim-and-fill, fail-safe N, Peters' and Harbord's tests against metafor
/// 3.8-1 and base R (fixtures from tools/reference/sensitivity.R) on dat.bcg, dat.egger2001, dat.hackshaw1998,
/// dat.raudenbush1985 and dat.pignon2000.
/// </summary>
public class MetaforSmallStudyTests
{
    public static TheoryData<string, string> RegressionAnalyses => SensitivityFixture.All("regtest");

    public static TheoryData<string, string> TrimAndFillAnalyses => SensitivityFixture.All("trimfill");

    public static TheoryData<string, string> RankAnalyses => SensitivityFixture.All("ranktest");

    public static TheoryData<string, string> FailSafeAnalyses => SensitivityFixture.All("fsn");

    public static TheoryData<string, string> PetersAnalyses => SensitivityFixture.All("peters");

    public static TheoryData<string, string> HarbordAnalyses => SensitivityFixture.All("harbord");

    [Theory]
    [MemberData(nameof(RegressionAnalyses))]
    public void RegressionTest_MatchesMetafor(string file, string name)
    {
        var fixture = SensitivityFixture.Load(file);
        var a = fixture.Analysis(name);
        var options = new RegressionTestOptions
        {
            Model = a.Extra["model"] == "lm" ? AsymmetryModel.WeightedRegression : AsymmetryModel.MetaRegression,
            Predictor = a.Extra["predictor"] switch
            {
                "sei" => AsymmetryPredictor.StandardError,
                "vi" => AsymmetryPredictor.Variance,
                "ni" => AsymmetryPredictor.SampleSize,
                "ninv" => AsymmetryPredictor.InverseSampleSize,
                "sqrtni" => AsymmetryPredictor.SqrtSampleSize,
                _ => AsymmetryPredictor.InverseSqrtSampleSize,
            },
            Fit = a.Options,
        };
        var result = RegressionTest.Run(fixture.Yi, fixture.Vi, options, SampleSizes(fixture));
        var tol = options.Model == AsymmetryModel.MetaRegression && a.Method is "REML" or "ML" or "PM" or "EB"
            ? Tolerance.Iterative
            : Tolerance.ClosedForm;
        Assert.Equal(fixture.Yi.Length, result.K);
        Tolerance.Relative(a["Statistic"], result.Statistic, tol, $"{name}: {a.Values["Statistic"].R}");
        Tolerance.Relative(a["PValue"], result.PValue, tol, $"{name}: {a.Values["PValue"].R}");
        if (double.IsNaN(a["Df"]))
        {
            Assert.Null(result.Df);
        }
        else
        {
            Assert.Equal(a["Df"], result.Df);
        }

        if (a.Has("LimitEstimate"))
        {
            Tolerance.Relative(a["LimitEstimate"], result.LimitEstimate!.Value, tol, $"{name}: limit estimate");
            Tolerance.Relative(a["LimitCiLower"], result.LimitCiLower!.Value, tol, $"{name}: limit ci.lb");
            Tolerance.Relative(a["LimitCiUpper"], result.LimitCiUpper!.Value, tol, $"{name}: limit ci.ub");
        }
        else
        {
            Assert.Null(result.LimitEstimate);
        }

        if (a.Has("Slope"))
        {
            Tolerance.Relative(a["Slope"], result.Slope, tol, $"{name}: slope");
        }

        if (a.Has("Tau2"))
        {
            Tolerance.Relative(a["Tau2"], result.Tau2 ?? 0, tol, $"{name}: tau2", 1e-8);
        }

        Assert.Equal(fixture.Yi.Length < 10, result.Warnings.Any(w => w.Contains("Sterne", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(TrimAndFillAnalyses))]
    public void TrimAndFill_MatchesMetafor(string file, string name)
    {
        var fixture = SensitivityFixture.Load(file);
        var a = fixture.Analysis(name);
        var options = new TrimAndFillOptions
        {
            Model = a.Options,
            Estimator = Enum.Parse<TrimAndFillEstimator>(a.Extra["estimator"]),
            Side = a.Extra["side"] switch { "left" => FunnelSide.Left, "right" => FunnelSide.Right, _ => null },
        };
        var result = TrimAndFill.Run(fixture.Yi, fixture.Vi, options);

        // metafor's trimfill() fits the trimmed data with its default convergence threshold (1e-5), not the model's
        // control, so for iterative estimators its centre, and with it the filled values, are off by about 1e-6.
        var tol = a.Method is "REML" or "ML" or "PM" or "EB" ? 1e-5 : Tolerance.ClosedForm;
        Assert.Equal((int)a["K0"], result.K0);
        Assert.Equal(a["SideRight"] == 1 ? FunnelSide.Right : FunnelSide.Left, result.Side);
        Tolerance.Relative(a["SeK0"], result.K0StandardError, tol, $"{name}: se.k0");
        if (double.IsNaN(a["PK0"]))
        {
            Assert.Null(result.K0PValue);
        }
        else
        {
            Tolerance.Relative(a["PK0"], result.K0PValue!.Value, 1e-12, $"{name}: p.k0");
        }

        Tolerance.Relative(a["Estimate"], result.Estimate, tol, $"{name}: estimate");
        Tolerance.Relative(a["StandardError"], result.StandardError, tol, $"{name}: se");
        Tolerance.Relative(a["CiLower"], result.CiLower, tol, $"{name}: ci.lb");
        Tolerance.Relative(a["CiUpper"], result.CiUpper, tol, $"{name}: ci.ub");
        Tolerance.Relative(a["Tau2"], result.Tau2, tol, $"{name}: tau2", 1e-8);
        Tolerance.Relative(a["Q"], result.Model.Q, tol, $"{name}: Q");

        // tf$beta is metafor's own refit of the filled data, also at threshold 1e-5: on the scale of the standard error
        // (the estimate can be near 0) it agrees to 1e-4.
        Tolerance.Relative(a["TrimfillEstimate"], result.Estimate, 1e-4, $"{name}: metafor's own refit, tf$beta", a["StandardError"]);
        var filledYi = a.Vector("FilledYi").Where(double.IsFinite).ToArray();
        var filledVi = a.Vector("FilledVi").Where(double.IsFinite).ToArray();
        Assert.Equal(filledYi.Length, result.Filled.Length);
        for (var j = 0; j < filledYi.Length; j++)
        {
            Tolerance.Relative(filledYi[j], result.Filled[j].Yi, tol, $"{name}: filled yi[{j}]");
            Tolerance.Relative(filledVi[j], result.Filled[j].Vi, 1e-15, $"{name}: filled vi[{j}]");
        }
    }

    [Theory]
    [MemberData(nameof(RankAnalyses))]
    public void RankCorrelation_MatchesMetafor(string file, string name)
    {
        var fixture = SensitivityFixture.Load(file);
        var a = fixture.Analysis(name);
        var result = RankCorrelationTest.Run(fixture.Yi, fixture.Vi);
        Assert.Equal(a["Exact"] == 1, result.Exact);
        Tolerance.Relative(a["Tau"], result.Tau, Tolerance.ClosedForm, $"{file}: tau");
        Tolerance.Relative(a["PValue"], result.PValue, Tolerance.ClosedForm, $"{file}: p");
    }

    [Theory]
    [MemberData(nameof(FailSafeAnalyses))]
    public void FailSafeN_MatchesMetafor(string file, string name)
    {
        var fixture = SensitivityFixture.Load(file);
        var a = fixture.Analysis(name);
        var result = FailSafeN.Compute(fixture.Yi, fixture.Vi);
        Assert.Equal((long)a["Rosenthal"], result.Rosenthal);
        Tolerance.Relative(a["RosenthalP"], result.RosenthalP, Tolerance.ClosedForm, $"{file}: Rosenthal p");
        Assert.Equal((long)a["Orwin"], result.Orwin);
        Tolerance.Relative(a["OrwinMean"], result.OrwinMean, Tolerance.ClosedForm, $"{file}: Orwin mean");
        Tolerance.Relative(a["OrwinTarget"], result.OrwinTarget, Tolerance.ClosedForm, $"{file}: Orwin target");
        Assert.Equal((long)a["Rosenberg"], result.Rosenberg);
        Tolerance.Relative(a["RosenbergP"], result.RosenbergP, Tolerance.ClosedForm, $"{file}: Rosenberg p");
        Tolerance.Relative(a["RosenbergMean"], result.RosenbergMean, Tolerance.ClosedForm, $"{file}: Rosenberg mean");

        var weighted = FailSafeN.Compute(fixture.Yi, fixture.Vi, new FailSafeNOptions { OrwinWeighted = true });
        Assert.Equal((long)a["OrwinWeighted"], weighted.Orwin);
        Tolerance.Relative(a["OrwinWeightedMean"], weighted.OrwinMean, Tolerance.ClosedForm, $"{file}: weighted Orwin mean");
        Assert.Equal((long)a["Rosenthal01"], FailSafeN.Compute(fixture.Yi, fixture.Vi, new FailSafeNOptions { Alpha = 0.01 }).Rosenthal);
    }

    [Theory]
    [MemberData(nameof(PetersAnalyses))]
    public void Peters_MatchesLm(string file, string name)
    {
        var fixture = SensitivityFixture.Load(file);
        var a = fixture.Analysis(name);
        var result = PetersTest.Run(fixture.Yi, fixture.Tables());
        Tolerance.Relative(a["Statistic"], result.Statistic, Tolerance.ClosedForm, $"{file}: t");
        Tolerance.Relative(a["PValue"], result.PValue, Tolerance.ClosedForm, $"{file}: p");
        Assert.Equal(a["Df"], result.Df);
        Tolerance.Relative(a["Slope"], result.Slope, Tolerance.ClosedForm, $"{file}: slope");
        Tolerance.Relative(a["SlopeSe"], result.SlopeStandardError, Tolerance.ClosedForm, $"{file}: slope se");
        Tolerance.Relative(a["Intercept"], result.Intercept, Tolerance.ClosedForm, $"{file}: intercept");
    }

    [Theory]
    [MemberData(nameof(HarbordAnalyses))]
    public void Harbord_MatchesLm(string file, string name)
    {
        var fixture = SensitivityFixture.Load(file);
        var a = fixture.Analysis(name);
        var result = HarbordTest.Run(fixture.Tables());
        Tolerance.Relative(a["Statistic"], result.Statistic, Tolerance.ClosedForm, $"{file}: t");
        Tolerance.Relative(a["PValue"], result.PValue, Tolerance.ClosedForm, $"{file}: p");
        Assert.Equal(a["Df"], result.Df);

        // The weighted form's slope is the intercept of Z/√V on √V, and its intercept that regression's slope.
        Tolerance.Relative(a["Intercept"], result.Slope, Tolerance.ClosedForm, $"{file}: bias (intercept)");
        Tolerance.Relative(a["InterceptSe"], result.SlopeStandardError, Tolerance.ClosedForm, $"{file}: bias se");
        Tolerance.Relative(a["Slope"], result.LimitEstimate!.Value, Tolerance.ClosedForm, $"{file}: slope");
    }

    private static double[] SampleSizes(SensitivityFixture fixture) =>
        fixture.Columns.TryGetValue("ni", out var ni) ? ni
        : fixture.Columns.TryGetValue("n1i", out var n1) ? n1.Zip(fixture.Columns["n2i"], (a, b) => a + b).ToArray()
        : [];
}
