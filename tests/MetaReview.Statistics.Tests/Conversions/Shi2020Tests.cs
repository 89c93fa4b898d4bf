using MetaReview.Statistics.Conversions;

namespace MetaReview.Statistics.Tests.Conversions;

/// <summary>
/// Shi J, Luo D, Weng H, Zeng X-T, Lin L, Chu H, Tong T (2020), Res Synth Methods 11(5):641–654,
/// doi:10.1002/jrsm.1429: the SD from the five-number summary, (b − a)/θ1 + (q3 − q1)/θ2. Check value
/// (n = 20) from docs/METHODS-REFERENCE.md §2.
/// </summary>
public class Shi2020Tests
{
    [Fact]
    public void FiveNumbers_MatchesCheckValue()
    {
        var r = MedianToMean.FromFiveNumbers(min: 2, q1: 4, median: 6, q3: 10, max: 14, n: 20);
        Tolerance.Published(3.679435, r.Sd, 6, "sd");
        // Rscript: t1 <- (2+0.14*20^0.6)*qnorm((20-0.375)/20.25); t2 <- (2+2/(0.07*20^0.6))*qnorm((0.75*20-0.125)/20.25)
        //          (14-2)/t1 + (10-4)/t2
        Tolerance.Relative(3.6794350446432107, r.Sd, Tolerance.ClosedForm, "sd (R)");
    }

    [Fact]
    public void FiveNumbers_RecordNamesShi()
    {
        var r = MedianToMean.FromFiveNumbers(2, 4, 6, 10, 14, 20).Record;
        Assert.Equal("Luo 2018 mean, Shi 2020 SD", r.Method);
        Assert.Equal("Mean and SD from five-number summary (Luo 2018 mean, Shi 2020 SD): min 2, q1 4, median 6, q3 10, max 14, n = 20 → mean 6.939, SD 3.679", r.Description);
        Assert.Contains("doi:10.1002/jrsm.1429", r.Citation, StringComparison.Ordinal);
    }
}
