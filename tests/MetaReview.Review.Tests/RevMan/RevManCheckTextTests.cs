using MetaReview.Review.RevMan;

namespace MetaReview.Review.Tests.RevMan;

/// <summary>The text account of a check, for Fleiss (1993): the .rm5 file with its unstored SMD outcome, and a failure.</summary>
public class RevManCheckTextTests
{
    [Fact]
    public void Fleiss1993Rm5()
    {
        var report = RevManCheck.Run(RevManReader.Read(RevManFixtures.Rm5).Review!);
        var writer = new StringWriter { NewLine = "\n" };
        RevManCheckText.Write(report, writer);
        Assert.Equal("""
            RevMan check of Fleiss1993.rm5 (RevMan 5 review)
            Tolerance: relative 1e-8 (absolute 1e-10 near 0) against RevMan's full-precision values; chi-square p-values 1e-6 relative (RevMan's own accuracy)

            1.1 Aspirin for Preventing Death after Myocardial Infarction — Odds Ratio (M-H, Fixed, 95% CI)
              pass: 45 values agree; largest relative difference 5.85e-7 (QP)
              RevMan      0.89686556 [0.8405144, 0.95699471]; Chi² 9.94605598, df 6, P 0.12694225, I² 39.67458046%; Tau² 0; Z 3.28763306, P 0.00101033
              MetaReview  0.89686556 [0.8405144, 0.95699471]; Chi² 9.94605598, df 6, P 0.12694218, I² 39.67458046%; Tau² 0; Z 3.28763306, P 0.00101033

            1.2 Mental Health Treatment versus Control — Std. Mean Difference (IV, Fixed, 95% CI)
              not compared: RevMan stored no results for this outcome
              MetaReview  -0.34341579 [-0.6068056, -0.08002598]; Chi² 3.67700404, df 4, P 0.45147939, I² 0%; Tau² 0; Z 2.55546172, P 0.0106047

            2 checked: 1 pass, 0 fail, 1 without stored results, 0 skipped.

            """, writer.ToString());
    }

    [Fact]
    public void AFailure_NamesTheValue()
    {
        var review = RevManReader.Read(RevManFixtures.Csv).Review!;
        var outcome = review.Comparisons[0].Outcomes[1];
        var tampered = outcome with { Results = outcome.Results! with { Tau2 = 0.5 } };
        var report = new RevManCheckReport("x.csv", RevManFormat.AnalysisCsv, "t", RevManCheck.Outcome(tampered, 8));
        var writer = new StringWriter { NewLine = "\n" };
        RevManCheckText.Write(report, writer);
        var text = writer.ToString();
        Assert.Contains("  FAIL: 1 of 35 values outside the tolerance: Tau2\n", text, StringComparison.Ordinal);
        Assert.Contains("  FAIL Tau2: RevMan 0.5, MetaReview 0, difference 5e-1 > allowed 5e-9\n", text, StringComparison.Ordinal);
        Assert.EndsWith("1 checked: 0 pass, 1 fail, 0 without stored results, 0 skipped.\n", text, StringComparison.Ordinal);
    }
}
