using MetaReview.Records.Deduplication;
using MetaReview.Records.Internal;

namespace MetaReview.Records.Tests.Internal;

/// <summary>Names, years, LaTeX, comparison keys and title similarity, on values taken from the samples.</summary>
public class TextTests
{
    [Theory]
    [InlineData("Trindade, Ines A", "Trindade")]
    [InlineData("Casbon JA", "Casbon")] // MEDLINE AU
    [InlineData("Eloubeidi M.A.", "Eloubeidi")] // Embase
    [InlineData("Quintanilla-Dieck L.", "Quintanilla-Dieck")]
    [InlineData("G. Kalbe", "Kalbe")] // IEEE RIS
    [InlineData("P Nazzaro", "Nazzaro")] // Cohen CSV
    [InlineData("D. R. C. Hill", "Hill")]
    [InlineData("van Acker, B.", "van Acker")]
    [InlineData("Selvamani", "Selvamani")]
    public void Surname(string author, string expected) => Assert.Equal(expected, AuthorNames.Surname(author));

    [Theory]
    [InlineData("2020//", 2020)]
    [InlineData("1948/07//", 1948)]
    [InlineData("1 Jan.-Feb. 2019", 2019)]
    [InlineData("2013 06 10", 2013)]
    [InlineData("No-Specified", null)]
    [InlineData("123456", null)]
    public void Year(string text, int? expected) => Assert.Equal(expected, YearParser.Parse(text));

    [Theory]
    [InlineData(@"Gustav Bostr\""{o}m", "Gustav Boström")]
    [InlineData(@"H{\aa}kan", "Håkan")]
    [InlineData(@"Rog\'{e}rio", "Rogério")]
    [InlineData(@"{\c{C}}ivril and \v{S}koda", "Çivril and Škoda")]
    [InlineData(@"{CORDIC} {II:} {A} New Improved {CORDIC} Algorithm", "CORDIC II: A New Improved CORDIC Algorithm")]
    [InlineData(@"Nutrition \& Metabolism", "Nutrition & Metabolism")]
    [InlineData(@"The anatomy of \textit{Procolophon}", "The anatomy of Procolophon")]
    [InlineData("pages 11--18, 1999---2001", "pages 11–18, 1999—2001")]
    public void Latex(string value, string expected) => Assert.Equal(expected, LatexDecoder.Decode(value));

    [Theory]
    [InlineData("<i>In vitro</i> effects of TNF-α &amp; IL-6.", "in vitro effects of tnf alpha and il 6")]
    [InlineData("Lu\u0308scher, Ødegård", "luscher odegard")]
    [InlineData("[Effets du café sur la santé].", "effets du cafe sur la sante")]
    [InlineData("p < 0.05 in 3 of 5 trials", "p 0 05 in 3 of 5 trials")]
    public void ComparisonKey(string text, string expected) => Assert.Equal(expected, ComparisonText.Fold(text));

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("flaw", "lawn", 2)]
    [InlineData("", "abc", 3)]
    [InlineData("intention", "execution", 5)]
    public void LevenshteinDistance(string a, string b, int expected) => Assert.Equal(expected, TitleSimilarity.Distance(a, b, 10));

    [Fact]
    public void Distance_StopsAboveTheLimit() => Assert.Equal(3, TitleSimilarity.Distance("intention", "execution", 2));

    [Fact]
    public void Similarity_ExactAboveTheMinimum_BoundBelowIt()
    {
        var a = ComparisonText.Fold("Major outcomes in high-risk hypertensive patients randomized to angiotensin-converting enzyme inhibitors or calcium channel blocker vs diuretic");
        var b = ComparisonText.Fold("Major outcomes in high-risk hypertensive patients randomized to angiotensin-converting enzyme inhibitor or calcium channel blocker vs diuretic");
        Assert.Equal(1 - (1.0 / a.Length), TitleSimilarity.Of(a, b, 0.8, out var extended), 12);
        Assert.False(extended);
        var c = ComparisonText.Fold("Quality of life in patients with primary ciliary dyskinesia: A systematic review.");
        var d = ComparisonText.Fold("Development of a bioinformatics analysis method for diagnosis of.");
        Assert.True(TitleSimilarity.Of(c, d, 0.6, out _) < 0.6);
    }

    [Fact]
    public void Similarity_TitleWithSubtitleAdded_CountsAsExtended()
    {
        var shortTitle = ComparisonText.Fold("The Hypertension in the Very Elderly Trial (HYVET).");
        var longTitle = ComparisonText.Fold("The Hypertension in the Very Elderly Trial (HYVET). Rationale, methodology and comparison with previous trials.");
        Assert.Equal(TitleSimilarity.ExtendedTitle, TitleSimilarity.Of(shortTitle, longTitle, 0.8, out var extended));
        Assert.True(extended);
    }
}
