using MetaReview.Reporting.Drawing.Axes;

namespace MetaReview.Reporting.Tests.Drawing;

public class ScaleTests
{
    [Fact]
    public void Linear_MapsAndInverts()
    {
        var s = Scale.Linear(0, 100, 10, 110);
        Assert.Equal(60, s.Map(50), 12);
        Assert.Equal(50, s.Invert(60), 12);
    }

    [Fact]
    public void Log_PutsOneInTheMiddleOfASymmetricRatioRange()
    {
        var s = Scale.Log(0.1, 10, 0, 200);
        Assert.Equal(100, s.Map(1), 12);
        Assert.Equal(150, s.Map(Math.Sqrt(10)), 12);
        Assert.Equal(2, s.Invert(s.Map(2)), 12);
    }

    [Fact]
    public void Reversed_RangeRunsBackwards() => Assert.Equal(75, Scale.Linear(0, 4, 100, 0).Map(1), 12);

    [Fact]
    public void Log_RefusesNonPositiveLimitsAndValues()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Scale.Log(-1, 10, 0, 100));
        Assert.StartsWith("a log scale needs limits > 0 (ratios), got [-1, 10]", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Scale.Log(0.1, 10, 0, 100).Map(0));
    }

    [Fact]
    public void Axis_Log_ExtendsToTheOuterTicks()
    {
        var axis = Axis.Log(0.05, 20, 0, 400);
        Assert.Equal(0.01, axis.Scale.DomainMin, 12);
        Assert.Equal(100, axis.Scale.DomainMax, 12);
        Assert.Equal(["0.01", "0.1", "1", "10", "100"], axis.Ticks.Select(t => t.Label));
        Assert.Equal(200, axis.Scale.Map(1), 9);
    }
}
