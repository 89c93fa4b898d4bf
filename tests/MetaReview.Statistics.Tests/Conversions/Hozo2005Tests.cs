using MetaReview.Statistics.Conversions;

namespace MetaReview.Statistics.Tests.Conversions;

/// <summary>
/// Hozo SP, Djulbegovic B, Hozo I (2005), BMC Med Res Methodol 5:13, doi:10.1186/1471-2288-5-13: mean
/// (a + 2m + b)/4 and SD √{[(a − 2m + b)²/4 + (b − a)²]/12} (docs/METHODS-REFERENCE.md §2), on request only.
/// </summary>
public class Hozo2005Tests
{
    [Fact]
    public void Range_MatchesTheFormulaByHand()
    {
        // (2 + 12 + 14)/4 = 7; [(2 − 12 + 14)²/4 + 12²]/12 = (4 + 144)/12 = 148/12.
        var r = MedianToMean.FromRange(2, 6, 14, 20, MedianToMeanMethod.Hozo2005);
        Assert.Equal(7, r.Mean, 14);
        Tolerance.Relative(Math.Sqrt(148.0 / 12), r.Sd, 1e-14, "sd");
        Assert.Equal("Hozo 2005", r.Record.Method);
        Assert.Contains("doi:10.1186/1471-2288-5-13", r.Record.Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void SymmetricRange_GivesTheUniformSd()
    {
        // With m the mid-range the formula reduces to (b − a)/√12, the SD of a uniform distribution on [a, b].
        var r = MedianToMean.FromRange(10, 16, 22, 8, MedianToMeanMethod.Hozo2005);
        Assert.Equal(16, r.Mean, 14);
        Tolerance.Relative(12 / Math.Sqrt(12), r.Sd, 1e-14, "sd");
    }

    [Fact]
    public void Quartiles_AreRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => MedianToMean.FromSummary(2, 4, 6, 10, 14, 20, MedianToMeanMethod.Hozo2005));
        Assert.Equal("method", e.ParamName);
        Assert.Contains("Hozo 2005 uses the minimum, median and maximum only", e.Message, StringComparison.Ordinal);
    }
}
