using MetaReview.Statistics.Conversions;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Statistics.Tests.Conversions;

/// <summary>
/// Plowman et al. (2023), respiratory strength training vs sham in ALS, Neurology,
/// doi:10.1212/WNL.0000000000206830 (docs/ALS-TRIALS.md): change from baseline with a 95% CI per arm,
/// n 23 (training) and 22 (sham). The SD of each arm comes from the CI of its mean with t(0.975, n − 1),
/// assuming each interval is mean ± t·SD/√n (the paper's intervals may come from a model).
/// </summary>
public class Plowman2023Tests
{
    [Theory]
    // MEP (cmH2O): +20.8 (7.6, 33.9), n 23; −1.0 (−9.1, 7.2), n 22. MIP: +8.9 (1.5, 16.3), 23; +4.8 (−0.6, 10.2), 22.
    // Rscript: sqrt(n)*(ub-lb)/(2*qt(0.975, n-1))
    [InlineData(20.8, 7.6, 33.9, 23, 30.409375341037393)]
    [InlineData(-1.0, -9.1, 7.2, 22, 18.381724347274996)]
    [InlineData(8.9, 1.5, 16.3, 23, 17.112500191914581)]
    [InlineData(4.8, -0.6, 10.2, 22, 12.179302021507358)]
    public void ChangeSd_FromTheCiOfEachArm(double mean, double lower, double upper, int n, double sd)
    {
        var r = SdFromConfidenceInterval.Compute(lower, upper, n, mean: mean);
        Tolerance.Relative(sd, r.Sd, Tolerance.ClosedForm, "SD");
        Tolerance.Relative(sd / Math.Sqrt(n), r.Record.Output("se"), Tolerance.ClosedForm, "SE");
        Assert.Empty(r.Record.Notes); // the published intervals are symmetric about the means up to rounding
    }

    [Fact]
    public void MepTrainingArm_RecordReadsAsADataNote()
    {
        var r = SdFromConfidenceInterval.Compute(7.6, 33.9, 23, mean: 20.8);
        Assert.Equal("SD from 95% CI of the mean (t with 22 df): (7.6, 33.9), n = 23 → SD 30.41", r.Record.Description);
        Assert.Equal("SD from CI of a mean (t)", r.Record.Method);
        Assert.Equal(["mean", "ci_lower", "ci_upper", "n", "level"], r.Record.Inputs.Select(v => v.Name));
        Assert.Equal(["se", "sd"], r.Record.Outputs.Select(v => v.Name));
        Assert.Contains("section 6.5.2.2", r.Record.Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void MepTrainingArm_NormalQuantileWouldOverstateTheSd()
    {
        // With n = 23 the large-sample 3.92 is not appropriate: √23·26.3/3.919928 = 32.18 instead of 30.41.
        // Rscript: sqrt(23)*(33.9-7.6)/(2*qnorm(0.975))
        var z = SdFromConfidenceInterval.Compute(7.6, 33.9, 23, distribution: IntervalDistribution.Normal);
        Tolerance.Relative(32.176705811439597, z.Sd, Tolerance.ClosedForm, "SD (normal)");
    }

    [Fact]
    public void Mep_ConvertedArms_GiveTheMeanDifferenceOfChange()
    {
        // Rscript: escalc("MD", m1i=20.8, sd1i=<SD above>, n1i=23, m2i=-1.0, sd2i=<SD above>, n2i=22)
        //          → yi 21.8, vi 55.564192805193088
        var training = SdFromConfidenceInterval.Compute(7.6, 33.9, 23, mean: 20.8);
        var sham = SdFromConfidenceInterval.Compute(-9.1, 7.2, 22, mean: -1.0);
        var md = EffectSizeCalculator.Compute(EffectMeasure.MD, new ContinuousArms(20.8, training.Sd, 23, -1.0, sham.Sd, 22))!;
        Tolerance.Relative(21.8, md.Yi, Tolerance.ClosedForm, "MD");
        Tolerance.Relative(55.564192805193088, md.Vi, Tolerance.ClosedForm, "vi");
    }
}
