using MetaReview.Review.Project;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.Tests.Project;

/// <summary>
/// Values given in reported form are converted by the engine's conversions and every record is kept.
/// Reference values from R (the expression beside each), with inputs from the conversions' own published
/// check values (Wan et al. 2014; Cochrane Handbook Table 6.5.a and §23.1.4) where there is one.
/// </summary>
public class ConversionEntryTests
{
    private static OutcomeData Entry(string type, string measure, string data) =>
        Assert.Single(ReviewFiles.Valid(OneOutcome.Yaml(type, measure, data)).Outcomes[0].Data);

    [Fact]
    public void MedianWithQuartiles_GivesLuoMeanAndWanSd()
    {
        // Wan 2014 check value (n = 20): q1 4, median 6, q3 10.
        var entry = Entry("continuous", "MD", """
            - study: s1
              source: Table 2
              experimental: {n: 20, median: 6, q1: 4, q3: 10}
              control: {n: 20, mean: 5, sd: 4}
            """);
        var arms = Assert.IsType<ContinuousArms>(entry.Data);
        Tolerance.Relative(6.7194999999999991, arms.MeanE, Tolerance.ClosedForm, "mean"); // (0.7+0.39/20)*(4+10)/2 + (0.3-0.39/20)*6
        Tolerance.Relative(4.7870760433704662, arms.SdE, Tolerance.ClosedForm, "sd");     // (10-4)/(2*qnorm((0.75*20-0.125)/(20+0.25)))
        var conversion = Assert.Single(entry.Conversions);
        Assert.Equal("experimental arm", conversion.Part);
        Assert.Equal("Mean and SD from median and IQR (Luo 2018 mean, Wan 2014 SD): q1 4, median 6, q3 10, n = 20 → mean 6.72, SD 4.787", conversion.Record.Description);
    }

    [Fact]
    public void MedianWithRange_GivesLuoMeanAndWanSd()
    {
        var arms = Assert.IsType<ContinuousArms>(Entry("continuous", "MD", """
            - study: s1
              source: Table 2
              experimental: {n: 20, mean: 5, sd: 4}
              control: {n: 20, median: 6, min: 2, max: 14}
            """).Data);
        Tolerance.Relative(6.5944677601167285, arms.MeanC, Tolerance.ClosedForm, "mean"); // w = 4/(4+20^0.75); w*(2+14)/2 + (1-w)*6
        Tolerance.Relative(3.211575967369702, arms.SdC, Tolerance.ClosedForm, "sd");      // (14-2)/(2*qnorm((20-0.375)/(20+0.25)))
    }

    [Fact]
    public void SeOfTheMean_TimesRootN()
    {
        var entry = Entry("continuous", "MD", """
            - study: s1
              source: Table 2
              experimental: {n: 25, mean: 5, se: 1.2}
              control: {n: 20, mean: 5, sd: 4}
            """);
        Assert.Equal(6, ((ContinuousArms)entry.Data).SdE, 12);
        Assert.Equal("SD from SE of the mean: SE 1.2, n = 25 → SD 6", Assert.Single(entry.Conversions).Record.Description);
    }

    [Fact]
    public void ChangeScoreSd_FromBaselineAndFinalSdsWithACorrelation()
    {
        var entry = Entry("continuous", "MD", """
            - study: s1
              source: Table 2
              experimental: {n: 20, mean: -2, sd_baseline: 4, sd_final: 5, correlation: 0.5}
              control: {n: 20, mean: -5, sd: 4}
            """);
        Tolerance.Relative(4.5825756949558398, ((ContinuousArms)entry.Data).SdE, Tolerance.ClosedForm, "sd change"); // sqrt(16+25-2*0.5*4*5)
        Assert.Equal("SD of change from a correlation", Assert.Single(entry.Conversions).Record.Method);
    }

    [Fact]
    public void TwoArmsCombined_AsTheHandbooksTable65a()
    {
        // Arms {1,2,3,4} and {6,8,10}: the combined arm is the SD of all seven. Rscript: x <- c(1,2,3,4,6,8,10); sd(x)
        var entry = Entry("continuous", "MD", """
            - study: s1
              source: Table 2
              experimental:
                - {n: 4, mean: 2.5, sd: 1.2909944487358056}
                - {n: 3, mean: 8, sd: 2}
              control: {n: 7, mean: 3, sd: 3}
            """);
        var arms = (ContinuousArms)entry.Data;
        Assert.Equal(7, arms.NE);
        Tolerance.Relative(4.8571428571428568, arms.MeanE, Tolerance.ClosedForm, "mean");
        Tolerance.Relative(3.2877840272018797, arms.SdE, Tolerance.ClosedForm, "sd");
        Assert.Equal("experimental arms combined", Assert.Single(entry.Conversions).Part);
        Assert.Equal(["experimental[1].n", "experimental[1].mean", "experimental[1].sd", "experimental[2].n", "experimental[2].mean", "experimental[2].sd", "control.n", "control.mean", "control.sd"],
            entry.Reported.Select(v => v.Name));
    }

    [Fact]
    public void ArmsConvertedThenCombined_KeepEveryRecordInOrder()
    {
        var entry = Entry("continuous", "MD", """
            - study: s1
              source: Table 2
              experimental:
                - {n: 20, mean: 5, se: 1}
                - {n: 20, median: 6, q1: 4, q3: 10}
              control: {n: 20, mean: 3, sd: 3}
            """);
        Assert.Equal(["experimental arm 1", "experimental arm 2", "experimental arms combined"], entry.Conversions.Select(c => c.Part));
    }

    [Fact]
    public void ClusterTrial_BinaryArmReducedByTheDesignEffect()
    {
        // Handbook §23.1.4: M 29.5, ICC 0.02 → design effect 1.57; 63/295 → 63/1.57, 295/1.57.
        var entry = Entry("binary", "RR", """
            - study: s1
              source: Table 2
              experimental: {events: 63, n: 295, cluster_size: 29.5, icc: 0.02}
              control: {events: 80, n: 300}
            """);
        var arms = (BinaryArms)entry.Data;
        Tolerance.Relative(40.127388535031848, arms.EventsE, Tolerance.ClosedForm, "events");
        Tolerance.Relative(187.898089171974505, arms.NE, Tolerance.ClosedForm, "n");
        Assert.Equal("Cluster design effect (binary)", Assert.Single(entry.Conversions).Record.Method);
    }

    [Fact]
    public void GenericDifferenceWithCi_GivesTheSeOnTheNormalQuantile()
    {
        // Dal Bello-Haas & Florence 2013 (CD005229), ALSFRS at 3 months: MD 3.21 [0.46, 5.96].
        // Rscript: (5.96-0.46)/(2*qnorm(0.975))
        var entry = Entry("continuous", "MD", """
            - {study: s1, source: Analysis 1.1, estimate: 3.21, ci_lower: 0.46, ci_upper: 5.96}
            """);
        var data = Assert.IsType<GenericData>(entry.Data);
        Assert.Equal(3.21, data.Yi);
        Tolerance.Relative(1.4030870065427987 * 1.4030870065427987, data.Vi, Tolerance.ClosedForm, "vi");
        Assert.Equal("estimate", Assert.Single(entry.Conversions).Part);
    }

    [Fact]
    public void GenericRatioWithCi_IsLoggedForARatioMeasure()
    {
        // Rscript: (log(1)-log(0.25))/(2*qnorm(0.975))
        var data = Assert.IsType<GenericData>(Entry("binary", "RR", """
            - {study: s1, source: Table 3, estimate: 0.5, ci_lower: 0.25, ci_upper: 1.0}
            """).Data);
        Tolerance.Relative(Math.Log(0.5), data.Yi, Tolerance.ClosedForm, "yi");
        Tolerance.Relative(0.35365301915106706 * 0.35365301915106706, data.Vi, Tolerance.ClosedForm, "vi");
    }

    [Fact]
    public void GenericRatioWithP_GivesTheSeFromZ()
    {
        // Rscript: abs(log(0.5))/qnorm(1-0.04/2)
        var data = Assert.IsType<GenericData>(Entry("generic", "GEN", """
            - {study: s1, source: Table 3, estimate: 0.5, p: 0.04, scale: ratio}
            """).Data);
        Tolerance.Relative(Math.Log(0.5), data.Yi, Tolerance.ClosedForm, "yi");
        Tolerance.Relative(0.3375033710166172 * 0.3375033710166172, data.Vi, Tolerance.ClosedForm, "vi");
    }

    [Fact]
    public void YiWithSe_IsUsedAsGiven_WithoutAConversion()
    {
        var entry = Entry("generic", "GEN", """
            - {study: s1, source: Table 3, yi: -0.2, se: 0.1}
            """);
        Assert.Equal(new GenericData(-0.2, 0.1 * 0.1), entry.Data);
        Assert.Empty(entry.Conversions);
    }

    [Fact]
    public void RatesCorrelationsAndProportions_AreReadAsTheEngineTakesThem()
    {
        Assert.Equal(new RateArms(4, 120.5, 9, 118), Entry("rates", "IRR", """
            - {study: s1, source: T, experimental: {events: 4, time: 120.5}, control: {events: 9, time: 118}}
            """).Data);
        Assert.Equal(new CorrelationData(0.42, 55), Entry("correlation", "ZCOR", """
            - {study: s1, source: T, r: 0.42, n: 55}
            """).Data);
        Assert.Equal(new ProportionData(7, 30), Entry("proportion", "PLO", """
            - {study: s1, source: T, events: 7, n: 30}
            """).Data);
    }

    [Fact]
    public void SourcesGoFromTheEntry_ToTheArm_ToTheValue()
    {
        var entry = Entry("continuous", "MD", """
            - study: s1
              source: Table 2
              experimental: {n: 24, mean: {value: 34.1, source: "Table 3, p. 6"}, sd: 7.1}
              control: {n: 24, mean: 29.5, sd: 7.7, source: Figure 2}
            """);
        Assert.Equal(
        [
            ("experimental.n", "Table 2"), ("experimental.mean", "Table 3, p. 6"), ("experimental.sd", "Table 2"),
            ("control.n", "Figure 2"), ("control.mean", "Figure 2"), ("control.sd", "Figure 2"),
        ], entry.Reported.Select(v => (v.Name, v.Source!)));
        Assert.Equal(34.1, entry.Reported[1].Value);
        Assert.Equal(new ReviewLocation("review.yaml", 16, 45), entry.Reported[1].Location);
        Assert.Equal("Table 2", entry.Source);
    }
}
