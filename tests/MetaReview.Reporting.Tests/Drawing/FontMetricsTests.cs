using MetaReview.Reporting.Drawing.Fonts;

namespace MetaReview.Reporting.Tests.Drawing;

public class FontMetricsTests
{
    private const string Header = "source X.ttf\nsha256 00\nfamily F\nsubfamily Regular\nversion 1\nunitsPerEm 1000\nascender 800\ndescender -200\nlineGap 0\ncapHeight 700\nxHeight 500\nnotdef 500\n";

    [Fact]
    public void Parse_ReadsRunsOfAdvances()
    {
        var m = FontMetrics.Parse(Header + "advances\n0041-0043 600\n0061 500\n", "test");
        Assert.Equal(600, m.Advance('A'));
        Assert.Equal(600, m.Advance('C'));
        Assert.Equal(500, m.Advance('a'));
        Assert.Equal(1000, m.Advance('b'));
        Assert.Equal(4, m.GlyphCount);
    }

    [Fact]
    public void Parse_BadLine_NamesTheLine()
    {
        var e = Assert.Throws<FormatException>(() => FontMetrics.Parse(Header + "advances\n0041 wide\n", "broken.metrics"));
        Assert.Equal("font metrics 'broken.metrics', line 14: expected 'XXXX[-YYYY] advance' (hex code points, integer width), got '0041 wide'", e.Message);
    }

    [Fact]
    public void Parse_MissingKey_SaysWhich()
    {
        var e = Assert.Throws<FormatException>(() => FontMetrics.Parse(Header.Replace("capHeight 700\n", string.Empty, StringComparison.Ordinal) + "advances\n0041 1\n", "m"));
        Assert.Equal("font metrics 'm': missing the 'capHeight' line", e.Message);
    }
}
