using System.Globalization;
using MetaReview.Review.RevMan;
using Xunit.Abstractions;

namespace MetaReview.Review.Tests.RevMan;

/// <summary>
/// RevMan's own results for Fleiss (1993), re-analysed by MetaReview's revman5 preset: the full-precision values of
/// RevMan 5.0.23 (.rm5), the 8-decimal CSV export and the 6-decimal RevMan Web data package. The largest relative
/// difference of each outcome is written to the test output.
/// </summary>
public class Fleiss1993RevManCheckTests(ITestOutputHelper output)
{
    [Fact]
    public void Rm5_AspirinOddsRatio_AgreesToFullPrecision()
    {
        var report = Check(RevManFixtures.Rm5);
        var aspirin = report.Rows[0];
        Assert.Equal(RevManCheckStatus.Pass, aspirin.Status);
        Assert.Equal("Odds Ratio (M-H, Fixed, 95% CI)", aspirin.Analysis);
        // 10 pooled values and estimate, SE, CI and weight for each of the 7 trials.
        Assert.Equal(10 + 7 * 5, aspirin.Values.Length);
        // RevMan's chi-square tail probability is off by 5.8e-7 (see RevManCheckOptions) and its normal tail P(Z) by 2.8e-11;
        // everything else agrees to rounding (below 1e-13).
        Assert.Equal("QP", aspirin.Largest!.Quantity);
        Assert.InRange(aspirin.Largest.RelativeDifference, 5.8e-7, 5.9e-7);
        Assert.InRange(aspirin.Values.Single(v => v.Quantity == "PValue").RelativeDifference, 2e-11, 3e-11);
        Assert.All(aspirin.Values.Where(v => v.Quantity is not ("QP" or "PValue")), v => Assert.True(v.RelativeDifference < 1e-13, $"{v.Quantity}: {v.RelativeDifference:E2}"));
    }

    [Fact]
    public void Rm5_SmdOutcome_HasNoStoredResults_ButIsReanalysed()
    {
        var smd = Check(RevManFixtures.Rm5).Rows[1];
        Assert.Equal(RevManCheckStatus.NotStored, smd.Status);
        Assert.Equal("RevMan stored no results for this outcome", smd.Reason);
        Assert.Equal("Std. Mean Difference (IV, Fixed, 95% CI)", smd.Analysis);
        Assert.Empty(smd.Values);
        // RevMan's Hedges' g (approximate correction), fixed effect: R meta's metacont(..., sm = "SMD") prints -0.3434 [-0.6068; -0.0800].
        Assert.Equal(-0.3434, smd.MetaReview!.Estimate!.Value, 4);
        Assert.Equal(-0.6068, smd.MetaReview.CiLower!.Value, 4);
        Assert.Equal(-0.0800, smd.MetaReview.CiUpper!.Value, 4);
    }

    [Fact]
    public void RevMan5Csv_BothOutcomes_AgreeToTheEighthDecimal()
    {
        var report = Check(RevManFixtures.Csv);
        Assert.True(report.Agrees);
        Assert.Equal([RevManCheckStatus.Pass, RevManCheckStatus.Pass], report.Rows.Select(r => r.Status));
        Assert.Equal("Mean Difference (IV, Fixed, 95% CI)", report.Rows[1].Analysis);
        Assert.All(report.Rows.SelectMany(r => r.Values).Where(v => !v.Quantity.EndsWith("QP", StringComparison.Ordinal)),
            v => Assert.True(v.Difference <= 5e-9 * (1 + 1e-9), $"{v.Quantity}: {v.Difference:E2}"));
        // P(Chi²) as printed is off by more than rounding, as RevMan's own tail probability is (5.7e-8 and 7.2e-8 here).
        Assert.All(report.Rows.SelectMany(r => r.Values).Where(v => v.Quantity == "QP"), v => Assert.InRange(v.Difference, 5e-9, 1e-7));
    }

    [Fact]
    public void DataPackage_Aspirin_AgreesToTheSixthDecimal_AndSmdHasNothingToCompare()
    {
        var report = Check(RevManFixtures.Zip);
        Assert.Equal([RevManCheckStatus.Pass, RevManCheckStatus.NotStored], report.Rows.Select(r => r.Status));
        Assert.All(report.Rows[0].Values, v => Assert.True(v.Difference <= 5e-7 * (1 + 1e-9), $"{v.Quantity}: {v.Difference:E2}"));
        Assert.Contains("6th decimal place", report.Tolerance, StringComparison.Ordinal);
    }

    [Fact]
    public void AChangedStoredValue_Fails_AndIsNamed()
    {
        var review = RevManReader.Read(RevManFixtures.Rm5).Review!;
        var aspirin = review.Comparisons[0].Outcomes[0];
        // One unit in the 7th significant digit of the pooled OR: far outside 1e-8.
        var tampered = aspirin with { Results = aspirin.Results! with { Estimate = 0.8968656 } };
        var row = RevManCheck.Outcome(tampered, review.StoredDecimals)[0];
        Assert.Equal(RevManCheckStatus.Fail, row.Status);
        Assert.Equal("outside the tolerance: Estimate", row.Reason);
        var failure = Assert.Single(row.Failures);
        Assert.Equal(0.8968656, failure.RevMan);
        Assert.True(failure.ToleranceUsed > 1);
    }

    [Fact]
    public void ACheckWithoutStudies_ComparesPooledValuesOnly()
    {
        var review = RevManReader.Read(RevManFixtures.Csv).Review!;
        var report = RevManCheck.Run(review, new RevManCheckOptions { CompareStudies = false });
        Assert.Equal([10, 10], report.Rows.Select(r => r.Values.Length));
    }

    private RevManCheckReport Check(string file)
    {
        var report = RevManCheck.Run(RevManReader.Read(file).Review!);
        output.WriteLine($"{Path.GetFileName(file)}: {report.Tolerance}");
        foreach (var row in report.Rows)
        {
            output.WriteLine(row.Largest is { } v
                ? string.Create(CultureInfo.InvariantCulture, $"  {row.Label}: {row.Status}; largest relative difference {v.RelativeDifference:E2} ({v.Quantity}: RevMan {v.RevMan:R}, MetaReview {v.MetaReview:R}); {row.Values.Length} values, most of the tolerance used {row.Values.Max(x => x.ToleranceUsed):P0}")
                : $"  {row.Label}: {row.Status}; {row.Reason}");
        }

        return report;
    }
}
