using MetaReview.Statistics.Estimators;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Tests.Metafor;

/// <summary>
/// Every rma() fit in the metafor fixtures (tools/reference/generate.R; one file per metadat dataset and
/// per boundary case) against <see cref="InverseVariance.Fit(double[], double[], ModelOptions)"/>: the
/// fixed-effect model and the eight tau² estimators, each with the Wald z test and with HKSJ. Closed-form
/// results (EE, DL, HE, SJ, HS, and Q in every model) are held to <see cref="Tolerance.ClosedForm"/>;
/// everything that depends on an iterative solution (REML, ML, PM, EB, Q-profile bounds) to
/// <see cref="Tolerance.Iterative"/>. Near zero the comparison is absolute on the scale of the data:
/// s² = k/Σ(1/vᵢ) for variances, s for locations, one percentage point for I² and weights.
/// MetaReview runs with its default convergence control; the fixtures come from metafor with tight
/// control (threshold/tol = 1e-12 relative to the data's scale).
/// </summary>
public class InverseVarianceMetaforTests
{
    public static TheoryData<string, string, string, string> Models => ToTheory(MetaforFixtures.AllModels(m => m.Error is null));

    public static TheoryData<string, string, string, string> RandomModels => ToTheory(MetaforFixtures.AllModels(m => m.Error is null && m.Method != "EE"));

    [Theory]
    [MemberData(nameof(Models))]
    public void PooledEstimate_MatchesMetafor(string id, string effect, string method, string test)
    {
        var (c, _, m, r, s) = Fit(id, effect, method, test);
        var rel = Rel(method);
        var location = Math.Sqrt(s);
        c.Equal("K", m.K, r.K);
        c.Equal("test used", (m.TestUsed ?? m.Test) == "knha" ? TestMethod.Knha : TestMethod.Z, r.Test);
        c.Close("Estimate", m.Estimate, r.Estimate, rel, location);
        c.Close("StandardError", m.StandardError, r.StandardError, rel, location);
        c.Close("Statistic", m.Statistic, r.Statistic, rel, 1);
        c.Close("Df", m.Df, r.Df, rel, 1);
        c.Close("PValue", m.PValue, r.PValue, rel, 1e-300);
        c.Close("CiLower", m.CiLower, r.CiLower, rel, location);
        c.Close("CiUpper", m.CiUpper, r.CiUpper, rel, location);
        c.AssertAll();
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Weights_MatchMetafor(string id, string effect, string method, string test)
    {
        var (c, _, m, r, _) = Fit(id, effect, method, test);
        c.Equal("WeightPercent count", m.WeightPercent.Count, r.WeightPercent.Length);
        for (var i = 0; i < Math.Min(m.WeightPercent.Count, r.WeightPercent.Length); i++)
        {
            c.Close($"WeightPercent[{i}] (row {m.Included![i]})", m.WeightPercent[i], r.WeightPercent[i], Rel(method), 1);
        }

        c.AssertAll();
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Heterogeneity_MatchesMetafor(string id, string effect, string method, string test)
    {
        var (c, e, m, r, s) = Fit(id, effect, method, test);
        var rel = Rel(method);
        c.Close("Tau2", m.Tau2, r.Tau2, rel, s);
        c.Close("Tau2Se", m.Tau2Se, r.Tau2Se, rel, s);
        c.Close("I2", m.I2, r.I2, rel, 1);
        c.Close("H2", m.H2, r.H2, rel, 1);
        c.Close("Q", m.Q, r.Q, Tolerance.ClosedForm, 1);
        c.Equal("QDf", m.QDf, r.QDf);
        c.Close("QP", m.QP, r.QP, Tolerance.ClosedForm, 1e-300);

        // I² and H² from Q are what metafor reports for the EE model of the same studies.
        var fixedEffect = e.Models.Single(x => x.Method == "EE" && x.Test == "z");
        c.Close("I2FromQ (metafor EE I2)", fixedEffect.I2, r.I2FromQ, Tolerance.ClosedForm, 1);
        c.Close("H2FromQ (metafor EE H2)", fixedEffect.H2, r.H2FromQ, Tolerance.ClosedForm, 1);

        var iterative = method is "REML" or "ML" or "PM" or "EB" && m.K > 1;
        c.True("Convergence", iterative ? r.Convergence is { Converged: true } : r.Convergence is null, $"{r.Convergence}");
        c.AssertAll();
    }

    [Theory]
    [MemberData(nameof(RandomModels))]
    public void PredictionInterval_MatchesMetafor(string id, string effect, string method, string test)
    {
        var (c, e, m, r, s) = Fit(id, effect, method, test);
        var rel = Rel(method);
        var location = Math.Sqrt(s);
        c.Close("pi.lb", m.PredictionInterval!.Lower, r.PredictionInterval?.Lower, rel, location);
        c.Close("pi.ub", m.PredictionInterval!.Upper, r.PredictionInterval?.Upper, rel, location);

        var (yi, vi) = e.Studies(m);
        var riley = InverseVariance.Fit(yi, vi, Options(method, test) with { PredictionInterval = PredictionIntervalMethod.HigginsRiley });
        if (m.PredictionIntervalRiley is { } expected)
        {
            c.Close("pi.lb (t(k-2), computed in R)", expected.Lower, riley.PredictionInterval?.Lower, rel, location);
            c.Close("pi.ub (t(k-2), computed in R)", expected.Upper, riley.PredictionInterval?.Upper, rel, location);
        }
        else
        {
            c.True("Riley PI", riley.PredictionInterval is null, $"k = {m.K} < 3: no t(k-2) interval expected, got {riley.PredictionInterval}");
        }

        c.AssertAll();
    }

    [Theory]
    [MemberData(nameof(RandomModels))]
    public void QProfileIntervals_MatchMetafor(string id, string effect, string method, string test)
    {
        var (c, _, m, r, s) = Fit(id, effect, method, test);
        var ci = m.Confint!;
        if (ci.Error is not null)
        {
            c.True("Tau2Ci", r.Tau2Ci is null, $"metafor: '{ci.Error}', MetaReview gives {r.Tau2Ci}");
            c.AssertAll();
            return;
        }

        const double rel = Tolerance.Iterative;
        c.Close("Tau2Ci.Lower", ci.Tau2!.Lower, r.Tau2Ci?.Lower, rel, s);
        c.Close("TauCi.Lower", ci.Tau!.Lower, r.TauCi?.Lower, rel, Math.Sqrt(s));
        c.Close("I2Ci.Lower", ci.I2!.Lower, r.I2Ci?.Lower, rel, 1);
        c.Close("H2Ci.Lower", ci.H2!.Lower, r.H2Ci?.Lower, rel, 1);
        c.Close("Tau2Ci.Upper", ci.Tau2.Upper, r.Tau2Ci?.Upper, rel, s);
        c.Close("TauCi.Upper", ci.Tau!.Upper, r.TauCi?.Upper, rel, Math.Sqrt(s));
        c.Close("I2Ci.Upper", ci.I2!.Upper, r.I2Ci?.Upper, rel, 1);
        c.Close("H2Ci.Upper", ci.H2!.Upper, r.H2Ci?.Upper, rel, 1);
        c.AssertAll();
    }

    internal static ModelOptions Options(string method, string test) => new()
    {
        Model = method == "EE" ? EffectModel.Fixed : EffectModel.Random,
        Tau2Method = method == "EE" ? Tau2Method.REML : Enum.Parse<Tau2Method>(method),
        Test = test == "knha" ? TestMethod.Knha : TestMethod.Z,
    };

    private static double Rel(string method) => method is "REML" or "ML" or "PM" or "EB" ? Tolerance.Iterative : Tolerance.ClosedForm;

    private static (FixtureComparison Check, EffectFixture Effect, ModelFixture Model, MetaAnalysisResult Result, double TypicalVariance) Fit(
        string id, string effect, string method, string test)
    {
        var (fixture, block, model) = MetaforFixtures.Model(id, effect, method, test);
        var (yi, vi) = block.Studies(model);
        var result = InverseVariance.Fit(yi, vi, Options(method, test));
        return (new FixtureComparison(model.Label(fixture, block)), block, model, result, block.TypicalVariance(model));
    }

    private static TheoryData<string, string, string, string> ToTheory(IEnumerable<object[]> rows)
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var row in rows)
        {
            data.Add((string)row[0], (string)row[1], (string)row[2], (string)row[3]);
        }

        return data;
    }
}
