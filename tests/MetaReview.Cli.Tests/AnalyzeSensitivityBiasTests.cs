using System.Text.Json;
using static MetaReview.Cli.Tests.AnalyzeMetaRegressionTests;
using static MetaReview.Cli.Tests.AnalyzeSensitivityTests;

namespace MetaReview.Cli.Tests;

/// <summary>
/// <c>metareview analyze --bias</c> end to end on the BCG trials (Colditz et al. 1994, metadat dat.bcg) against the
/// published values in docs/METHODS-REFERENCE.md §3 and metafor 3.8-1 (R 4.2.2), each beside its R call, after
/// <c>dat &lt;- escalc(measure="RR", ai=tpos, bi=tneg, ci=cpos, di=cneg, data=dat.bcg)</c> and
/// <c>res &lt;- rma(yi, vi, data=dat, control=list(threshold=1e-12, maxiter=10000, tol=1e-12))</c>.
/// </summary>
public class AnalyzeSensitivityBiasTests
{
    [Fact]
    public void Colditz1994_TrimAndFillRankCorrelationAndFailSafeN_MatchThePublishedValues()
    {
        var root = Json("--bias", "--fsn-target", "-0.05129329438755058");

        // Published: trim-and-fill REML k0 1, −0.6571 [−1.0070, −0.3072].
        var trimfill = root.GetProperty("trimfill");
        Assert.Equal(1, trimfill.GetProperty("k0").GetInt32());
        Assert.Equal("right", trimfill.GetProperty("side").GetString());
        Assert.False(trimfill.GetProperty("side_given").GetBoolean());
        Tolerance.Published(-0.6571, trimfill.GetProperty("estimate").GetDouble(), 4);
        Tolerance.Published(-1.0070, trimfill.GetProperty("ci_lower").GetDouble(), 4);
        Tolerance.Published(-0.3072, trimfill.GetProperty("ci_upper").GetDouble(), 4);

        // t <- trimfill(res): beta, se, ci.lb, ci.ub, tau2; cbind(t$yi, t$vi)[t$fill, ]
        Near(-0.657082800760365, trimfill, "estimate");
        Near(0.17852846695558, trimfill, "se");
        // metafor refits the filled data with its default convergence threshold (1e-5), hence the looser tolerance.
        Tolerance.Relative(0.33128803733658, trimfill.GetProperty("tau2").GetDouble(), 1e-5, "tau2");
        var filled = trimfill.GetProperty("filled")[0];
        Near(0.31040302401442244, filled, "yi");
        Near(0.22301724757231517, filled, "vi");

        // Published: rank correlation tau 0.0256, p 0.9524; ranktest(res): tau, pval
        var begg = root.GetProperty("begg");
        Tolerance.Published(0.0256, begg.GetProperty("tau").GetDouble(), 4);
        Tolerance.Published(0.9524, begg.GetProperty("p_value").GetDouble(), 4);
        Tolerance.Relative(0.02564102564102564, begg.GetProperty("tau").GetDouble(), Tolerance.ClosedForm, "tau");
        Assert.Equal(13, begg.GetProperty("k").GetInt32());

        // Published: fail-safe N Rosenthal 598, Orwin (target log 0.95) 175, Rosenberg 370;
        // fsn(yi, vi, data=dat)$fsnum, fsn(..., type="Orwin", target=log(0.95))$fsnum, fsn(..., type="Rosenberg")$fsnum
        var fsn = root.GetProperty("fsn");
        Assert.Equal(598, fsn.GetProperty("rosenthal").GetInt64());
        Assert.Equal(175, fsn.GetProperty("orwin").GetInt64());
        Assert.Equal(370, fsn.GetProperty("rosenberg").GetInt64());
    }

    [Fact]
    public void Colditz1994_FixedEffectTrimAndFill_MatchesThePublishedValue()
    {
        // Published: trim-and-fill FE k0 4 (right), −0.2910; trimfill(rma(yi, vi, data=dat, method="FE")): beta, se
        var trimfill = Json("--bias", "--model", "fixed").GetProperty("trimfill");
        Assert.Equal(4, trimfill.GetProperty("k0").GetInt32());
        Assert.Equal("right", trimfill.GetProperty("side").GetString());
        Tolerance.Published(-0.2910, trimfill.GetProperty("estimate").GetDouble(), 4);
        Near(-0.291025992106353, trimfill, "estimate");
        Near(0.038264136604139, trimfill, "se");
        Assert.Equal(4, trimfill.GetProperty("filled").GetArrayLength());
    }

    [Fact]
    public void Colditz1994_TrimAndFillR0_GivesNoMissingStudies()
    {
        // trimfill(res, estimator="R0"): k0 0, side right, beta = res$beta
        var trimfill = Json("--bias", "--trimfill-estimator", "R0").GetProperty("trimfill");
        Assert.Equal("R0", trimfill.GetProperty("estimator").GetString());
        Assert.Equal(0, trimfill.GetProperty("k0").GetInt32());
        Near(-0.71453234215813966, trimfill, "estimate");
    }

    [Fact]
    public void Colditz1994_GivenSide_IsUsed()
    {
        var trimfill = Json("--bias", "--trimfill-side", "left").GetProperty("trimfill");
        Assert.Equal("left", trimfill.GetProperty("side").GetString());
        Assert.True(trimfill.GetProperty("side_given").GetBoolean());
    }

    [Fact]
    public void Colditz1994_EggerTestsAndPetPeese_MatchMetafor()
    {
        var root = Json("--bias");

        // r <- regtest(res): zval, pval, est, ci.lb, ci.ub
        var egger = root.GetProperty("egger");
        Assert.Equal(13, egger.GetProperty("k").GetInt32());
        Assert.Equal(JsonValueKind.Null, egger.GetProperty("df").ValueKind);
        Near(-0.803329193090803972, egger, "statistic");
        Near(0.421784488855318995, egger, "p_value");
        Near(-0.510431874103036587, egger, "limit_estimate");
        Near(-1.118223989008783503, egger, "limit_ci_lower");
        Near(0.097360240802710329, egger, "limit_ci_upper");

        // r <- regtest(res, model="lm"): zval, dfs, pval, est, ci.lb, ci.ub
        var lm = root.GetProperty("egger_lm");
        Near(-1.40128200228933264, lm, "statistic");
        Assert.Equal(11, lm.GetProperty("df").GetInt32());
        Near(0.18870699508197877, lm, "p_value");
        Near(-0.19092864235982013, lm, "limit_estimate");
        Near(-0.67533235027608185, lm, "limit_ci_lower");
        Near(0.29347506555644165, lm, "limit_ci_upper");

        // PET's intercept is not significant (one-sided p 0.2021), so PET's limit estimate regtest(res, model="lm")$est is reported;
        // PEESE: regtest(res, model="lm", predictor="vi"): est, ci.lb, ci.ub
        var pp = root.GetProperty("pet_peese");
        Assert.False(pp.GetProperty("uses_peese").GetBoolean());
        Near(-0.190928642359820128, pp, "estimate");
        Near(-0.379953506428270638, pp.GetProperty("peese"), "limit_estimate");
        Near(-0.726070069766682868, pp.GetProperty("peese"), "limit_ci_lower");
        Near(-0.033836943089858462, pp.GetProperty("peese"), "limit_ci_upper");

        // Log RR: no Peters or Harbord test, and a note says why.
        Assert.Equal(JsonValueKind.Null, root.GetProperty("peters").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("harbord").ValueKind);
        Assert.Contains(root.GetProperty("small_study_notes").EnumerateArray(), n => n.GetString()!.Contains("use --measure OR", StringComparison.Ordinal));
    }

    [Fact]
    public void Colditz1994_OddsRatios_PetersAndHarbordMatchTheirRegressions()
    {
        var root = Json("--bias", "--measure", "OR");

        // Peters et al. 2006 by lm in R: d <- escalc("OR", ...); n <- tpos+tneg+cpos+cneg; w <- 1/(1/(tpos+cpos)+1/(tneg+cneg));
        // summary(lm(d$yi ~ I(1/n), weights=w))$coefficients[2, ]: estimate, SE, t, p
        var peters = root.GetProperty("peters");
        Assert.Equal(11, peters.GetProperty("df").GetInt32());
        Near(-563.68820391334350006, peters, "slope");
        Near(413.72334002077565174, peters, "slope_se");
        Near(-1.36247619939701048, peters, "statistic");
        Near(0.20029179228413549, peters, "p_value");

        // Harbord et al. 2006 by lm in R: Z <- a-(a+b)(a+c)/N; V <- (a+b)(c+d)(a+c)(b+d)/(N²(N−1));
        // summary(lm(I(Z/sqrt(V)) ~ sqrt(V)))$coefficients: intercept t and p; slope (the limit estimate)
        var harbord = root.GetProperty("harbord");
        Near(-1.25647434404506386, harbord, "statistic");
        Near(0.23497195212206576, harbord, "p_value");
        Near(-0.23084262324944066, harbord, "limit_estimate");
    }

    [Fact]
    public void SevenTrials_EveryTestStatesKAndWarnsBelowTenStudies()
    {
        var path = WriteBcg(lines => lines.Take(8));
        try
        {
            var (exit, output, error) = Cli.Run("analyze", path, "--format", "json", "--bias", "--measure", "OR");
            Assert.True(exit == 0, error);
            var root = JsonDocument.Parse(output).RootElement;
            foreach (var test in new[] { "egger", "egger_lm", "begg", "trimfill", "fsn", "peters", "harbord", "pet_peese" })
            {
                Assert.Equal(7, root.GetProperty(test).GetProperty("k").GetInt32());
                Assert.Contains(root.GetProperty(test).GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("Sterne et al. 2011", StringComparison.Ordinal));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
