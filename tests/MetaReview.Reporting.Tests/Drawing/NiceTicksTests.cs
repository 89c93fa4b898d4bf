using MetaReview.Reporting.Drawing.Axes;

namespace MetaReview.Reporting.Tests.Drawing;

/// <summary>Tick choices worked by hand from Heckbert's nice numbers and the log mantissa sets.</summary>
public class NiceTicksTests
{
    [Fact]
    public void Linear_ZeroTo97_StepsOf20() =>
        Assert.Equal(new double[] { 0, 20, 40, 60, 80, 100 }, NiceTicks.Linear(0, 97).ToArray());

    [Fact]
    public void Linear_NegativeToPositive_StepsOf1() =>
        Assert.Equal(new double[] { -2, -1, 0, 1, 2, 3 }, NiceTicks.Linear(-1.3, 2.7, maxTicks: 5).ToArray());

    [Fact]
    public void Linear_WithoutExtending_StaysInside() =>
        Assert.Equal(new double[] { -1, 0, 1, 2 }, NiceTicks.Linear(-1.3, 2.7, maxTicks: 5, extend: false).ToArray());

    [Fact]
    public void Linear_SmallSteps_PrintWithoutFloatNoise()
    {
        var ticks = NiceTicks.Linear(0.1, 0.34, maxTicks: 6);
        Assert.Equal(new double[] { 0.1, 0.2, 0.3, 0.4 }, ticks.ToArray());
        Assert.Equal<string>(["0.1", "0.2", "0.3", "0.4"], ticks.Select(NiceTicks.Format));
    }

    [Fact]
    public void Log_WideRange_PowersOfTen() =>
        Assert.Equal(new double[] { 0.01, 0.1, 1, 10, 100 }, NiceTicks.Log(0.05, 20).ToArray());

    /// <summary>RevMan's ratio axis for effects near 1: 0.5, 0.7, 1, 1.5, 2.</summary>
    [Fact]
    public void Log_NarrowRange_RevManSteps() =>
        Assert.Equal(new double[] { 0.5, 0.7, 1, 1.5, 2 }, NiceTicks.Log(0.5, 2).ToArray());

    [Fact]
    public void Log_MiddleRange_OneTwoFive() =>
        Assert.Equal(new double[] { 0.2, 0.5, 1, 2, 5 }, NiceTicks.Log(0.2, 5).ToArray());

    [Fact]
    public void Log_ManyDecades_EverySecondPower() =>
        Assert.Equal(new double[] { 0.001, 0.1, 10, 1000 }, NiceTicks.Log(0.001, 1000, maxTicks: 5).ToArray());

    [Fact]
    public void Log_NarrowRange_ExtendsToTheNeighbouringRevManSteps() =>
        Assert.Equal(new double[] { 0.7, 1, 1.5 }, NiceTicks.Log(0.92, 1.08).ToArray());

    [Fact]
    public void Log_TooNarrowForLogTicksInside_FallsBackToLinear() =>
        Assert.Equal(new double[] { 0.95, 1, 1.05 }, NiceTicks.Log(0.92, 1.08, extend: false).ToArray());

    [Theory]
    [InlineData(0.30000000000000004, "0.3")]
    [InlineData(1e-5, "0.00001")]
    [InlineData(1234567, "1234567")]
    [InlineData(-0.0, "0")]
    [InlineData(-2.5, "-2.5")]
    public void Format_IsInvariantAndClean(double value, string expected) => Assert.Equal(expected, NiceTicks.Format(value));

    [Fact]
    public void BadRanges_AreRefusedWithTheValues()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => NiceTicks.Log(0, 10));
        Assert.StartsWith("log ticks need limits > 0, got [0, 10]", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => NiceTicks.Linear(3, 3));
    }
}
