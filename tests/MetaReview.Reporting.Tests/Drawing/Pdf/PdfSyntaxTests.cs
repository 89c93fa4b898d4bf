using MetaReview.Reporting.Drawing.Pdf;

namespace MetaReview.Reporting.Tests.Drawing.Pdf;

/// <summary>Numbers, names and strings as ISO 32000-1:2008 section 7.3 writes them.</summary>
public class PdfSyntaxTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(-0.0001, "0")]
    [InlineData(12.3456, "12.346")]
    [InlineData(-12.3454, "-12.345")]
    [InlineData(1e-9, "0")]
    [InlineData(1234567.25, "1234567.25")]
    [InlineData(1e15, "1000000000000000")]
    public void Numbers_HaveNoExponentNorTrailingZeros(double value, string expected) =>
        Assert.Equal(expected, PdfSyntax.Number(value));

    [Fact]
    public void NonFiniteNumber_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PdfSyntax.Number(double.PositiveInfinity));

    /// <summary>Examples of 7.3.5, table 4, and UTF-8 beyond ASCII.</summary>
    [Theory]
    [InlineData("Name1", "/Name1")]
    [InlineData("A;Name_With-Various***Characters?", "/A;Name_With-Various***Characters?")]
    [InlineData("Lime Green", "/Lime#20Green")]
    [InlineData("paired()parentheses", "/paired#28#29parentheses")]
    [InlineData("The_Key_of_F#_Minor", "/The_Key_of_F#23_Minor")]
    [InlineData("a/b[c]<d>{e}%f", "/a#2Fb#5Bc#5D#3Cd#3E#7Be#7D#25f")]
    [InlineData("Schü", "/Sch#C3#BC")]
    public void Names_EscapeDelimitersSpacesAndNonAscii(string name, string expected) =>
        Assert.Equal(expected, PdfSyntax.Name(name));

    [Theory]
    [InlineData("Drawing primitives", "(Drawing primitives)")]
    [InlineData(@"a (b) \ c", @"(a \(b\) \\ c)")]
    [InlineData("unbalanced ) (", @"(unbalanced \) \()")]
    [InlineData("two\nlines\r\tand\u0001", @"(two\nlines\r\tand\001)")]
    public void LiteralStrings_EscapeParenthesesBackslashesAndControls(string text, string expected) =>
        Assert.Equal(expected, PdfSyntax.LiteralString(text));

    [Fact]
    public void TextStrings_BeyondAscii_AreUtf16WithAByteOrderMark()
    {
        Assert.Equal("(plain)", PdfSyntax.TextString("plain"));
        Assert.Equal("<FEFF03C400B2002022650028>", PdfSyntax.TextString("τ² ≥("));
        Assert.Equal("<FEFFD83DDE00>", PdfSyntax.TextString("😀"));
    }
}
