using MetaReview.Statistics.Conversions;

namespace MetaReview.Statistics.Tests.Conversions;

/// <summary>
/// Luo D, Wan X, Liu J, Tong T (2018), Stat Methods Med Res 27(6):1785–1805, doi:10.1177/0962280216669183:
/// the mean from a median with the range (their eq. for scenario S1), the IQR (S2) or both (S3). Check values
/// (n = 20) from docs/METHODS-REFERENCE.md §2, printed to 6 decimals.
/// </summary>
public class Luo2018Tests
{
    [Fact]
    public void Range_MatchesCheckValue()
    {
        var r = MedianToMean.FromRange(min: 2, median: 6, max: 14, n: 20);
        Tolerance.Published(6.594468, r.Mean, 6, "mean");
        // Rscript: w <- 4/(4+20^0.75); w*(2+14)/2 + (1-w)*6
        Tolerance.Relative(6.5944677601167285, r.Mean, Tolerance.ClosedForm, "mean (R)");
    }

    [Fact]
    public void InterquartileRange_MatchesCheckValue()
    {
        var r = MedianToMean.FromInterquartileRange(q1: 4, median: 6, q3: 10, n: 20);
        Tolerance.Published(6.719500, r.Mean, 6, "mean");
        // Rscript: (0.7+0.39/20)*(4+10)/2 + (0.3-0.39/20)*6
        Tolerance.Relative(6.7194999999999991, r.Mean, Tolerance.ClosedForm, "mean (R)");
    }

    [Fact]
    public void FiveNumbers_MatchesCheckValue()
    {
        var r = MedianToMean.FromFiveNumbers(min: 2, q1: 4, median: 6, q3: 10, max: 14, n: 20);
        Tolerance.Published(6.938841, r.Mean, 6, "mean");
        // Rscript: w1 <- 2.2/(2.2+20^0.75); w2 <- 0.7-0.72/20^0.55; w1*(2+14)/2 + w2*(4+10)/2 + (1-w1-w2)*6
        Tolerance.Relative(6.9388412499397667, r.Mean, Tolerance.ClosedForm, "mean (R)");
    }

    [Fact]
    public void Range_MatchesMetaBlueDocumentationExample()
    {
        // metaBLUE 1.0.0, Luo.mean(c(1, 4, 10), n = 30, type = "S1") → $muhat 4.356748 (example output in its manual).
        var r = MedianToMean.FromRange(1, 4, 10, 30);
        Tolerance.Published(4.356748, r.Mean, 6, "mean");
    }

    [Fact]
    public void Range_WeightOnMidRangeShrinksWithN()
    {
        // w = 4/(4 + n^0.75): at n = 1 the mean would be the mid-range's weight 0.8; it falls towards the median as n grows.
        var small = MedianToMean.FromRange(0, 2, 10, 2).Mean;
        var large = MedianToMean.FromRange(0, 2, 10, 10_000).Mean;
        var w2 = 4 / (4 + Math.Pow(2, 0.75));
        Tolerance.Relative(w2 * 5 + (1 - w2) * 2, small, 1e-14, "n = 2");
        Assert.InRange(large, 2, 2.05);
    }

    [Fact]
    public void FromSummary_ChoosesTheScenarioFromTheValuesGiven()
    {
        Assert.Equal(MedianToMean.FromRange(2, 6, 14, 20).Mean, MedianToMean.FromSummary(2, null, 6, null, 14, 20).Mean);
        Assert.Equal(MedianToMean.FromInterquartileRange(4, 6, 10, 20).Mean, MedianToMean.FromSummary(null, 4, 6, 10, null, 20).Mean);
        Assert.Equal(MedianToMean.FromFiveNumbers(2, 4, 6, 10, 14, 20).Sd, MedianToMean.FromSummary(2, 4, 6, 10, 14, 20).Sd);
    }

    [Fact]
    public void Record_SaysWhatWasDone()
    {
        var r = MedianToMean.FromInterquartileRange(4, 6, 10, 20).Record;
        Assert.Equal("Mean and SD from median and IQR (Luo 2018 mean, Wan 2014 SD): q1 4, median 6, q3 10, n = 20 → mean 6.72, SD 4.787", r.Description);
        Assert.Equal(["q1", "median", "q3", "n"], r.Inputs.Select(v => v.Name));
        Assert.Equal(6.7194999999999991, r.Output("mean"), 12);
        Assert.Contains("doi:10.1177/0962280216669183", r.Citation, StringComparison.Ordinal);
        Assert.Contains("doi:10.1186/1471-2288-14-135", r.Citation, StringComparison.Ordinal);
        Assert.Empty(r.Notes);
    }
}
