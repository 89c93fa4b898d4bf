using FsCheck;
using FsCheck.Fluent;
using MetaReview.Statistics.Conversions;

namespace MetaReview.Statistics.Tests.Conversions;

/// <summary>
/// Cochrane Handbook (Higgins et al. (eds) 2019, doi:10.1002/9781119536604), chapter 23 and Table 6.5.a:
/// combining arms of multi-arm trials, splitting a shared control (§23.3.4), and effective sample sizes of
/// cluster-randomised trials (§23.1.4). The Handbook gives formulas, not worked numbers, for these: the
/// tests check them against a second derivation (raw data) and by hand, with illustrative inputs.
/// </summary>
public class CochraneHandbookChapter23Tests
{
    [Fact]
    public void CombineTwoArms_EqualsTheSdOfAllParticipantsTogether()
    {
        // Raw data {1, 2, 3, 4} and {6, 8, 10}: arms (4, 2.5, √(5/3)) and (3, 8, 2); together 7 values.
        double[] all = [1, 2, 3, 4, 6, 8, 10];
        var r = CombineArms.Continuous(new ContinuousArm(4, 2.5, Math.Sqrt(5.0 / 3)), new ContinuousArm(3, 8, 2));
        Assert.Equal(7, r.Arm.N);
        Tolerance.Relative(all.Average(), r.Arm.Mean, 1e-14, "mean");
        Tolerance.Relative(SampleSd(all), r.Arm.Sd, 1e-14, "SD");
        Assert.Equal("Combined 2 arms (Cochrane Handbook Table 6.5.a): n 4, mean 2.5, SD 1.2909944487358056 + n 3, mean 8, SD 2 → n 7, mean 4.857, SD 3.288", r.Record.Description);
        Assert.Contains("Table 6.5.a", r.Record.Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void CombineArms_MatchesRawData_InAnyOrder()
    {
        // Property: split random raw data into 2-5 groups, summarise each, combine; the result is the
        // whole sample's n, mean and SD whatever the order of the groups.
        var gen =
            from groups in Gen.Choose(2, 5)
            from sizes in Gen.ArrayOf(Gen.Choose(1, 12), groups)
            from values in Gen.ArrayOf(Gen.Choose(-5000, 5000), sizes.Sum())
            from order in Gen.Shuffle(Enumerable.Range(0, groups))
            select (Sizes: sizes, Values: values.Select(v => v / 100.0).ToArray(), Order: order);
        Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var arms = new List<ContinuousArm>();
            var start = 0;
            foreach (var size in c.Sizes)
            {
                var part = c.Values[start..(start + size)];
                arms.Add(new ContinuousArm(size, part.Average(), SampleSd(part)));
                start += size;
            }

            var inOrder = CombineArms.Continuous(arms).Arm;
            var shuffled = CombineArms.Continuous(c.Order.Select(i => arms[i]).ToList()).Arm;
            var sd = SampleSd(c.Values);
            return inOrder.N == c.Values.Length
                && Close(c.Values.Average(), inOrder.Mean) && Close(sd, inOrder.Sd)
                && Close(inOrder.Mean, shuffled.Mean) && Close(inOrder.Sd, shuffled.Sd);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void CombineBinaryArms_AddsEventsAndSizes()
    {
        var r = CombineArms.Binary([new BinaryArm(5, 18), new BinaryArm(7, 20), new BinaryArm(0, 21)]);
        Assert.Equal(new BinaryArm(12, 59), r.Arm);
        Assert.Equal("Combined 3 arms (events and sizes added): 5/18 + 7/20 + 0/21 → 12/59", r.Record.Description);
    }

    [Fact]
    public void SharedControl_SplitEvenly()
    {
        var continuous = SharedControl.Continuous(n: 30, comparisons: 2);
        Assert.Equal(new[] { new ControlShare(15, null), new ControlShare(15, null) }, continuous.Shares.ToArray());
        Assert.Equal("Shared control split evenly between 2 comparisons (Cochrane Handbook §23.3.4): n 30 → 15, 15 (mean and SD unchanged)", continuous.Record.Description);

        var binary = SharedControl.Binary(events: 12, n: 30, comparisons: 3);
        Assert.All(binary.Shares, s => Assert.Equal(new ControlShare(10, 4), s));
        Assert.Equal("Shared control split evenly between 3 comparisons (Cochrane Handbook §23.3.4): 12/30 → 4/10, 4/10, 4/10", binary.Record.Description);
    }

    [Fact]
    public void SharedControl_SplitAsGiven_KeepsTotalsAndRisk()
    {
        // 25 controls with 10 events shared by arms of 13 and 12: 13 and 12 controls, 5.2 and 4.8 events.
        var r = SharedControl.Binary(10, 25, [13, 12]);
        Assert.Equal(13, r.Shares[0].N, 12);
        Assert.Equal(12, r.Shares[1].N, 12);
        Assert.Equal(5.2, r.Shares[0].Events!.Value, 12);
        Assert.Equal(4.8, r.Shares[1].Events!.Value, 12);
        Assert.Equal(25, r.Shares.Sum(s => s.N), 12);
        Assert.All(r.Shares, s => Assert.Equal(0.4, s.Events!.Value / s.N, 12));
        Assert.Equal(["events", "n", "weight_1", "weight_2"], r.Record.Inputs.Select(v => v.Name));
        Assert.Equal(["events_1", "n_1", "events_2", "n_2"], r.Record.Outputs.Select(v => v.Name));
    }

    [Fact]
    public void Cluster_DesignEffectAndEffectiveSampleSize()
    {
        // DE = 1 + (29.5 − 1)·0.02 = 1.57; 63/295 → 40.127/187.898 (the risk is unchanged).
        Assert.Equal(1.57, ClusterAdjustment.DesignEffect(29.5, 0.02), 14);
        var r = ClusterAdjustment.Binary(events: 63, n: 295, meanClusterSize: 29.5, icc: 0.02);
        Assert.Equal(1.57, r.DesignEffect, 14);
        Assert.Equal(295 / 1.57, r.EffectiveN, 12);
        Assert.Equal(63 / 1.57, r.EffectiveEvents!.Value, 12);
        Assert.Equal("Cluster-randomised arm reduced to its effective sample size: design effect 1 + (29.5 − 1) × 0.02 = 1.57; 63/295 → 40.13/187.9", r.Record.Description);

        var c = ClusterAdjustment.Continuous(n: 120, meanClusterSize: 12, icc: 0.05);
        Assert.Equal(1.55, c.DesignEffect, 14);
        Assert.Equal(120 / 1.55, c.EffectiveN, 12);
        Assert.Null(c.EffectiveEvents);
        Assert.EndsWith("n 120 → n 77.42 (mean and SD unchanged)", c.Record.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Cluster_NoClusteringMeansNoChange()
    {
        Assert.Equal(1, ClusterAdjustment.DesignEffect(40, 0));
        Assert.Equal(1, ClusterAdjustment.DesignEffect(1, 0.3));
        Assert.Equal(50, ClusterAdjustment.Continuous(50, 1, 0.3).EffectiveN);
    }

    [Fact]
    public void Cluster_EffectiveSizeFallsWithIccAndClusterSize()
    {
        var gen =
            from n in Gen.Choose(10, 2000)
            from m in Gen.Choose(1, 10)
            from icc in Gen.Choose(0, 999)
            select (N: (double)n, M: (double)m, Icc: icc / 1000.0);
        Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var r = ClusterAdjustment.Binary(c.N / 2, c.N, c.M, c.Icc);
            var moreCorrelated = ClusterAdjustment.Continuous(c.N, c.M, Math.Min(0.999, c.Icc + 0.1));
            return r.EffectiveN <= c.N && r.EffectiveN > 0
                && Math.Abs(r.EffectiveEvents!.Value / r.EffectiveN - 0.5) < 1e-12
                && moreCorrelated.EffectiveN <= r.EffectiveN + 1e-9;
        }).QuickCheckThrowOnFailure();
    }

    private static bool Close(double expected, double actual) => Math.Abs(expected - actual) <= 1e-9 * (1 + Math.Abs(expected));

    private static double SampleSd(double[] values)
    {
        if (values.Length < 2)
        {
            return 0;
        }

        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
    }
}
