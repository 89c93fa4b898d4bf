using MetaReview.Reporting.Results;

namespace MetaReview.Reporting.Tests.Results;

/// <summary>The plain-text table of the text outputs: widths from the widest cell, numbers right-aligned, no trailing spaces.</summary>
public class TextTableTests
{
    [Fact]
    public void AlignsTextLeft_AndNumbersRight_WithoutTrailingSpaces()
    {
        var table = new TextTable("Subgroup", "k", "95% CI").AlignLeft(2);
        table.Add("alternate", "2", "[-1.0927, 0.0111]");
        table.Add("random", "7", "[-1.5118, -0.4301]");
        using var w = new StringWriter { NewLine = "\n" };
        table.Write(w);
        Assert.Equal(
            "Subgroup   k  95% CI\n" +
            "alternate  2  [-1.0927, 0.0111]\n" +
            "random     7  [-1.5118, -0.4301]\n",
            w.ToString());
    }
}
