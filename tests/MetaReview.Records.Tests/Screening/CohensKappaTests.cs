using MetaReview.Records.Screening;

namespace MetaReview.Records.Tests.Screening;

/// <summary>
/// Cohen's kappa against worked examples: the 2×2 tables of Wikipedia's "Cohen's kappa" article (simple
/// example: 20, 5, 10, 15 gives p_o = 0.7, p_e = 0.5, κ = 0.4; "same percentages but different numbers":
/// 45, 15, 25, 15 gives κ = 0.1304 and 25, 35, 5, 35 gives κ = 0.2593) and a 3×3 table worked by hand.
/// </summary>
public class CohensKappaTests
{
    [Fact]
    public void SimpleExample()
    {
        var result = CohensKappa.Compute(new[,] { { 20, 5 }, { 10, 15 } });
        Assert.Equal(50, result.N);
        Assert.Equal(0.7, result.ObservedAgreement, 1e-12);
        Assert.Equal(70, result.PercentAgreement, 1e-10);
        Assert.Equal(0.5, result.ExpectedAgreement, 1e-12);
        Assert.Equal(0.4, result.Kappa, 1e-12);
    }

    [Theory]
    [InlineData(45, 15, 25, 15, 0.54, 0.1304)]
    [InlineData(25, 35, 5, 35, 0.46, 0.2593)]
    public void SamePercentAgreement_DifferentKappa(int a, int b, int c, int d, double pe, double kappa)
    {
        var result = CohensKappa.Compute(new[,] { { a, b }, { c, d } });
        Assert.Equal(0.6, result.ObservedAgreement, 1e-12);
        Assert.Equal(pe, result.ExpectedAgreement, 1e-12);
        Assert.Equal(kappa, result.Kappa, 0.00005); // Wikipedia prints four decimals
    }

    /// <summary>
    /// Include/exclude/maybe for 100 records: agreement 10 + 70 + 2 = 82; rows 15, 78, 7 and columns 14, 76, 10
    /// give p_e = (15·14 + 78·76 + 7·10) / 100² = 0.6208, κ = (0.82 − 0.6208) / 0.3792 = 0.525316…
    /// </summary>
    [Fact]
    public void ThreeCategories()
    {
        var result = CohensKappa.Compute(new[,] { { 10, 3, 2 }, { 2, 70, 6 }, { 2, 3, 2 } });
        Assert.Equal(0.82, result.ObservedAgreement, 1e-12);
        Assert.Equal(0.6208, result.ExpectedAgreement, 1e-12);
        Assert.Equal(0.1992 / 0.3792, result.Kappa, 1e-12);
    }

    [Fact]
    public void Degenerate_NoSubjectsOrOneCategory_KappaIsNaN()
    {
        Assert.True(double.IsNaN(CohensKappa.Compute(new int[2, 2]).Kappa));
        var one = CohensKappa.Compute(new[,] { { 12, 0 }, { 0, 0 } });
        Assert.Equal(1.0, one.ObservedAgreement);
        Assert.True(double.IsNaN(one.Kappa));
        Assert.Throws<ArgumentException>(() => CohensKappa.Compute(new[,] { { 1, -1 }, { 0, 0 } }));
    }

    [Fact]
    public void ReviewerAgreement_FromPairsOfDecisions()
    {
        var pairs = new List<(ScreeningDecision, ScreeningDecision)>();
        pairs.AddRange(Enumerable.Repeat((ScreeningDecision.Include, ScreeningDecision.Include), 20));
        pairs.AddRange(Enumerable.Repeat((ScreeningDecision.Include, ScreeningDecision.Exclude), 5));
        pairs.AddRange(Enumerable.Repeat((ScreeningDecision.Exclude, ScreeningDecision.Include), 10));
        pairs.AddRange(Enumerable.Repeat((ScreeningDecision.Exclude, ScreeningDecision.Exclude), 15));
        var agreement = ReviewerAgreement.Of(ScreeningStage.TitleAbstract, "AB", "CD", pairs);
        Assert.Equal([ScreeningDecision.Include, ScreeningDecision.Exclude], agreement.Categories.ToArray());
        Assert.Equal([20, 5], agreement.Table[0].ToArray());
        Assert.Equal([10, 15], agreement.Table[1].ToArray());
        Assert.Equal(0.4, agreement.Kappa.Kappa, 1e-12);
    }
}
