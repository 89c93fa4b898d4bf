using MetaReview.Statistics.Conversions;

namespace MetaReview.Statistics.Tests.Conversions;

/// <summary>
/// Cochrane Handbook for Systematic Reviews of Interventions (Higgins et al. (eds) 2019,
/// doi:10.1002/9781119536604): SDs from SEs and CIs of means (§6.5.2.2), SEs from CIs and P values (§6.3),
/// change-from-baseline SDs and correlations (§6.5.2.8), and the cross-over example of version 5.1, §16.4.6.4
/// (values in docs/METHODS-REFERENCE.md §2). Where the Handbook gives a formula without worked numbers, the
/// inputs are illustrative and the expected value is R's, with the R call beside it.
/// </summary>
public class CochraneHandbookTests
{
    // The cross-over example: 10 participants each received both interventions (not 10 per arm).
    // E: mean 7.0, SD 2.38; C: mean 6.5, SD 2.21.

    [Fact]
    public void CrossOver_ImputedSdOfDifferences_MatchesHandbook()
    {
        // "a typical standard deviation of differences ... 2. Then ... SE(MD) = 2/√10 = 0.632"
        var r = CrossOverTrial.FromSdOfDifferences(meanE: 7.0, meanC: 6.5, sdDiff: 2, n: 10);
        Tolerance.Published(0.5, r.Estimate!.Value, 1, "MD");
        Tolerance.Published(0.632, r.StandardError, 3, "SE");
        // Rscript: 2/sqrt(10)
        Tolerance.Relative(0.63245553203367588, r.StandardError, Tolerance.ClosedForm, "SE (R)");
    }

    [Fact]
    public void CrossOver_ImputedCorrelation_MatchesHandbook()
    {
        // "a correlation coefficient of 0.68 ... SE of MD ... 0.583"
        var r = CrossOverTrial.FromCorrelation(meanE: 7.0, sdE: 2.38, meanC: 6.5, sdC: 2.21, n: 10, correlation: 0.68);
        Tolerance.Published(0.5, r.Estimate!.Value, 1, "MD");
        Tolerance.Published(0.583, r.StandardError, 3, "SE");
        // Rscript: sqrt(2.38^2 + 2.21^2 - 2*0.68*2.38*2.21) → 1.842599251058135; /sqrt(10) → 0.5826810448264127
        Tolerance.Relative(1.842599251058135, r.Record.Output("sd_diff"), Tolerance.ClosedForm, "SD diff (R)");
        Tolerance.Relative(0.5826810448264127, r.StandardError, Tolerance.ClosedForm, "SE (R)");
        Assert.Equal(
            "Cross-over MD with correlation r = 0.68: mean E 7 (SD 2.38), mean C 6.5 (SD 2.21), n = 10 participants → SD diff 1.843, MD 0.5, SE 0.5827",
            r.Record.Description);
    }

    [Fact]
    public void CrossOver_IgnoringThePairingWouldBeWrong()
    {
        // Treating the periods as two independent groups of 10 gives √(2.38²/10 + 2.21²/10) = 1.027, not 0.583.
        var independent = Math.Sqrt(2.38 * 2.38 / 10 + 2.21 * 2.21 / 10);
        var paired = CrossOverTrial.FromCorrelation(7.0, 2.38, 6.5, 2.21, 10, 0.68).StandardError;
        Assert.True(independent > 1.7 * paired);
        // r = 0 is the only correlation at which the paired SE equals the independent-groups SE.
        Tolerance.Relative(independent, CrossOverTrial.FromCorrelation(7.0, 2.38, 6.5, 2.21, 10, 0).StandardError, 1e-14, "r = 0");
    }

    [Fact]
    public void ChangeScore_SdAndCorrelation_AreInverse()
    {
        // The example's SD of differences 2 implies r = (2.38² + 2.21² − 2²)/(2·2.38·2.21);
        // Rscript: (2.38^2+2.21^2-4)/(2*2.38*2.21) → 0.62250465797178611
        var r = ChangeScore.Correlation(sdBaseline: 2.38, sdFinal: 2.21, sdChange: 2);
        Tolerance.Relative(0.62250465797178611, r.R, Tolerance.ClosedForm, "r");
        var back = ChangeScore.Sd(2.38, 2.21, r.R);
        Tolerance.Relative(2, back.Sd, 1e-14, "SD change");
        Assert.Equal("SD of change from baseline with correlation r = 0.6225046579717861: SD baseline 2.38, SD final 2.21 → SD change 2", back.Record.Description);
    }

    [Fact]
    public void ChangeScore_Sd_MatchesTheHandbookFormula()
    {
        var r = ChangeScore.Sd(sdBaseline: 2.38, sdFinal: 2.21, correlation: 0.68);
        Tolerance.Relative(1.842599251058135, r.Sd, Tolerance.ClosedForm, "SD change");
        Assert.Equal(0, ChangeScore.Sd(3, 3, 1).Sd);
        Assert.Equal(6, ChangeScore.Sd(3, 3, -1).Sd, 14);
    }

    [Fact]
    public void ChangeScore_InconsistentSds_AreRefusedWithTheImpliedCorrelation()
    {
        var e = Assert.Throws<ArgumentException>(() => ChangeScore.Correlation(5, 5, 10.5));
        Assert.Equal("sdChange", e.ParamName);
        Assert.Contains("implied correlation -1.205 is outside [-1, 1]", e.Message, StringComparison.Ordinal);
        Assert.Contains("between 0 and 10", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SdFromStandardError_IsRootNTimesSe()
    {
        var r = SdFromStandardError.Compute(standardError: 1.5, n: 25);
        Assert.Equal(7.5, r.Sd, 14);
        Assert.Equal("SD from SE of the mean: SE 1.5, n = 25 → SD 7.5", r.Record.Description);
    }

    [Fact]
    public void SdFromConfidenceInterval_NormalOption_DividesBy3Point92()
    {
        // Large samples: SD = √n·(ub − lb)/3.92, 3.92 being 2·1.959964 rounded.
        var r = SdFromConfidenceInterval.Compute(10, 20, 400, distribution: IntervalDistribution.Normal);
        // Rscript: sqrt(400)*10/(2*qnorm(0.975))
        Tolerance.Relative(51.02134569246540963, r.Sd, Tolerance.ClosedForm, "SD");
        Tolerance.Relative(20 * 10 / 3.92, r.Sd, 1e-4, "SD with 3.92");
        Assert.Equal("SD from 95% CI of the mean (normal, 3.92 = 2 × 1.96): (10, 20), n = 400 → SD 51.02", r.Record.Description);
    }

    [Fact]
    public void SdFromConfidenceInterval_OtherLevels_UseTheirQuantile()
    {
        // 90% CI, t with 9 df. Rscript: sqrt(10)*4/(2*qt(0.95, 9))
        var r = SdFromConfidenceInterval.Compute(-2, 2, 10, level: 0.90);
        Tolerance.Relative(3.45017222216215869, r.Sd, Tolerance.ClosedForm, "SD");
        Assert.StartsWith("SD from 90% CI of the mean (t with 9 df)", r.Record.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void StandardErrorFromConfidenceInterval_Difference()
    {
        // MD 3.8 (95% CI 1.2 to 6.4): SE = 5.2/(2·1.959964) = 1.3266.
        var r = StandardErrorFromConfidenceInterval.Compute(1.2, 6.4, EffectScale.Difference, estimate: 3.8);
        // Rscript: 5.2/(2*qnorm(0.975))
        Tolerance.Relative(5.2 / (2 * 1.95996398454005361), r.StandardError, Tolerance.ClosedForm, "SE");
        Assert.Equal(3.8, r.Estimate);
        Assert.Empty(r.Record.Notes);
        Assert.Equal("SE from 95% CI (difference; normal, 2 × 1.96): estimate 3.8, (1.2, 6.4) → SE 1.327", r.Record.Description);
    }

    [Fact]
    public void StandardErrorFromConfidenceInterval_Ratio_IsOnTheLogScale()
    {
        // RR 0.61 (0.40 to 0.93): SE = (ln 0.93 − ln 0.40)/(2·1.959964); the estimate comes back as ln 0.61.
        var r = StandardErrorFromConfidenceInterval.Compute(0.40, 0.93, EffectScale.Ratio, estimate: 0.61);
        Tolerance.Relative((Math.Log(0.93) - Math.Log(0.40)) / (2 * 1.95996398454005361), r.StandardError, Tolerance.ClosedForm, "SE");
        Tolerance.Relative(Math.Log(0.61), r.Estimate!.Value, 1e-15, "log RR");
        Assert.Empty(r.Record.Notes);
        Assert.Equal("SE from 95% CI (ratio, on the log scale; normal, 2 × 1.96): estimate 0.61, (0.4, 0.93) → log estimate -0.4943, SE 0.2152", r.Record.Description);
    }

    [Fact]
    public void StandardErrorFromConfidenceInterval_RatioEnteredAsDifference_GetsANote()
    {
        // The same RR interval read as a difference is far from symmetric about 0.61 (0.21 below, 0.32 above).
        var r = StandardErrorFromConfidenceInterval.Compute(0.40, 0.93, EffectScale.Difference, estimate: 0.61);
        var note = Assert.Single(r.Record.Notes);
        Assert.Contains("not symmetric about the estimate", note, StringComparison.Ordinal);
    }

    [Fact]
    public void StandardErrorFromConfidenceInterval_WithDf_UsesT()
    {
        // Small-sample MD with 45 df (n 25 + 22 − 2). Rscript: qt(0.975, 45) → 2.01410338888084661
        var r = StandardErrorFromConfidenceInterval.Compute(1.2, 6.4, EffectScale.Difference, df: 45);
        Tolerance.Relative(5.2 / (2 * 2.01410338888084661), r.StandardError, Tolerance.ClosedForm, "SE");
    }

    [Fact]
    public void StandardErrorFromPValue_Z()
    {
        // SE = |MD| / Φ⁻¹(1 − p/2). Rscript: 0.5/qnorm(1 - 0.03/2)
        var r = StandardErrorFromPValue.Compute(0.5, 0.03, EffectScale.Difference);
        Tolerance.Relative(0.23040515047881543, r.StandardError, Tolerance.ClosedForm, "SE");
        Assert.Equal("SE from two-sided P value (difference; z): estimate 0.5, P = 0.03 → z 2.17, SE 0.2304", r.Record.Description);
    }

    [Fact]
    public void StandardErrorFromPValue_RatioAndT()
    {
        // OR 0.5, p = 0.01, t with 30 df. Rscript: abs(log(0.5))/qt(0.995, 30)
        var r = StandardErrorFromPValue.Compute(0.5, 0.01, EffectScale.Ratio, df: 30);
        Tolerance.Relative(0.25205391858013015, r.StandardError, Tolerance.ClosedForm, "SE");
        Tolerance.Relative(Math.Log(0.5), r.Estimate!.Value, 1e-15, "log OR");
    }

    [Fact]
    public void StandardErrorFromPValue_RoundTripsTheConfidenceInterval()
    {
        // An estimate with SE s has p = 2(1 − Φ(|y|/s)); converting that p back gives s again.
        const double y = -0.4303, s = 0.0405;
        var p = 2 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, -Math.Abs(y / s));
        Tolerance.Relative(s, StandardErrorFromPValue.Compute(y, p, EffectScale.Difference).StandardError, 1e-9, "SE");
    }
}
