using MetaReview.Records.Prioritisation;

namespace MetaReview.Records.Tests.Prioritisation;

/// <summary>
/// Recall (RRF) and WSS with ASReview Insights' definitions: the recall cases are those of its test suite
/// (tests/test_metrics.py, labels [1, 1, 1, 0]); WSS is worked by hand below from its definition.
/// </summary>
public class ScreeningMetricsTests
{
    private static readonly bool[] ThreeOfFour = [true, true, true, false];

    [Theory]
    [InlineData(0.5, 2.0 / 3)]
    [InlineData(1.0, 1.0)]
    [InlineData(0.0, 0.0)]
    [InlineData(-1.0, 0.0)]
    [InlineData(1.2, 1.0)]
    [InlineData(0.2, 0.0)] // less than one record (1/4)
    public void Recall_AsAsReviewInsights(double fraction, double expected) =>
        Assert.Equal(expected, ScreeningMetrics.Recall(ThreeOfFour, fraction), 1e-12);

    /// <summary>
    /// Labels [1, 1, 0, 1, 0] (the small example of ASReview Insights' DEVELOPMENT.md): found after 1, 2, 4
    /// records (0-based 0, 1, 3); random screening, round(linspace(0, 3, 5)) = [0, 1, 2, 2, 3], finds them at
    /// 1, 2, 4. Work saved 1/5 at every recall level; WSS@95 takes the 2nd relevant record (2/3 ≤ 0.95 &lt; 3/3).
    /// </summary>
    [Fact]
    public void Wss_SmallExample()
    {
        bool[] labels = [true, true, false, true, false];
        Assert.Equal(0.2, ScreeningMetrics.Wss(labels, 0.95), 1e-12);
        Assert.Equal(0.2, ScreeningMetrics.Wss(labels, 1.0), 1e-12);
        Assert.Equal(0.2, ScreeningMetrics.Wss(labels, 0.1), 1e-12); // below 1/3: numpy's y[-1], the last value
    }

    /// <summary>
    /// 20 records, 2 relevant found first: random screening, round(linspace(0, 2, 20)) with step 2/19, reaches 1
    /// at index 5 (5·2/19 = 0.526) and 2 at index 15 (15·2/19 = 1.579); WSS@95 uses the 1st relevant record
    /// (1/2 ≤ 0.95): (5 − 0)/20 = 0.25; WSS@100: (15 − 1)/20 = 0.7.
    /// </summary>
    [Fact]
    public void Wss_RelevantFirst()
    {
        var labels = Enumerable.Range(0, 20).Select(i => i < 2).ToArray();
        Assert.Equal(0.25, ScreeningMetrics.Wss(labels, 0.95), 1e-12);
        Assert.Equal(0.7, ScreeningMetrics.Wss(labels, 1.0), 1e-12);
    }

    [Fact]
    public void RecallCurve_AndScreenedToFindAll()
    {
        bool[] labels = [false, true, false, true, false, false];
        Assert.Equal([0, 0.5, 0.5, 1, 1, 1], ScreeningMetrics.RecallCurve(labels));
        Assert.Equal(4, ScreeningMetrics.ScreenedToFindAll(labels));
        Assert.Equal(0, ScreeningMetrics.ScreenedToFindAll([false, false]));
        Assert.True(double.IsNaN(ScreeningMetrics.Wss([false, false], 0.95)));
    }
}
