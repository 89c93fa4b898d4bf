using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;
using Mh = MetaReview.Statistics.Models.MantelHaenszel;

namespace MetaReview.Statistics.Tests.MantelHaenszel;

/// <summary>
/// RevMan 5.0.23's own output for Fleiss (1993, Stat Methods Med Res 2:121), aspirin after myocardial infarction,
/// "Mantel-Haenszel, Odds Ratio, Fixed" (shared/data/revman/Fleiss1993.rm5, Fleiss1993_CR.csv; values in
/// docs/METHODS-REFERENCE.md §3): the printed values to their last digit, and the full-precision values RevMan stored
/// in the .rm5 file (DICH_OUTCOME and DICH_DATA attributes) at <see cref="Tolerance.ClosedForm"/>.
/// </summary>
public class Fleiss1993RevManTests
{
    private static readonly string[] Labels = ["MRC-1", "CDP", "MRC-2", "GASP", "PARIS", "AMIS", "ISIS-2"];

    // Events/total, aspirin vs control.
    private static readonly BinaryArms[] Tables =
    [
        new(49, 615, 67, 624), new(44, 758, 64, 771), new(102, 832, 126, 850), new(32, 317, 38, 309),
        new(85, 810, 52, 406), new(246, 2267, 219, 2257), new(1570, 8587, 1720, 8600),
    ];

    private static MetaAnalysisResult Fit() => Mh.Fit(EffectMeasure.OR, Tables, Labels, MantelHaenszelOptions.RevMan5);

    [Fact]
    public void MhOddsRatioFixed_MatchesPrintedOutput()
    {
        var r = Fit();
        Tolerance.Published(0.89686556, Math.Exp(r.Estimate), 8, "OR");
        Tolerance.Published(0.8405144, Math.Exp(r.CiLower), 8, "CI start");
        Tolerance.Published(0.95699471, Math.Exp(r.CiUpper), 8, "CI end");
        Tolerance.Published(9.94605598, r.Q, 8, "Chi²");
        Assert.Equal(6, r.QDf);

        // RevMan's chi-square tail probability is itself off by 7.4e-8 (stored 0.1269422521561745; R's
        // pchisq(9.946055983220074, 6, lower.tail=FALSE) = 0.12694217790629492, which MetaReview matches), so its
        // printed P agrees to 6 decimals only.
        Tolerance.Published(0.126942, r.QP, 6, "P(Chi²)");
        Tolerance.Relative(0.12694217790629492, r.QP, Tolerance.ClosedForm, "P(Chi²), R pchisq");
        Tolerance.Published(39.67458046, r.I2, 8, "I²");
        Tolerance.Published(3.28763306, Math.Abs(r.Statistic), 8, "Z");
        Tolerance.Published(0.00101033, r.PValue, 8, "P(Z)");
        Assert.Equal(7, r.K);
        Assert.Equal(0, r.Tau2);
    }

    [Fact]
    public void MhWeights_MatchPrintedOutput()
    {
        // Fleiss1993_CR.csv, column Weight.
        double[] printed = [3.17649, 3.10168911, 5.67538044, 1.79548462, 3.21762436, 10.15349122, 72.87984024];
        var r = Fit();
        for (var i = 0; i < printed.Length; i++)
        {
            Tolerance.Published(printed[i], r.WeightPercent[i], 8, $"weight {Labels[i]}");
        }
    }

    [Fact]
    public void MhOddsRatioFixed_MatchesStoredFullPrecision()
    {
        var r = Fit();
        // RevMan stores LOG_* values as base-10 logarithms.
        Tolerance.Relative(-0.04727265230640342, r.Estimate / Math.Log(10), Tolerance.ClosedForm, "LOG_EFFECT_SIZE");
        Tolerance.Relative(0.8968655609130709, Math.Exp(r.Estimate), Tolerance.ClosedForm, "EFFECT_SIZE");
        Tolerance.Relative(-0.07545484120814404, r.CiLower / Math.Log(10), Tolerance.ClosedForm, "LOG_CI_START");
        Tolerance.Relative(-0.019090463404662757, r.CiUpper / Math.Log(10), Tolerance.ClosedForm, "LOG_CI_END");
        Tolerance.Relative(0.8405144008917793, Math.Exp(r.CiLower), Tolerance.ClosedForm, "CI_START");
        Tolerance.Relative(0.9569947088336491, Math.Exp(r.CiUpper), Tolerance.ClosedForm, "CI_END");
        Tolerance.Relative(9.946055983220074, r.Q, Tolerance.ClosedForm, "CHI2");
        Tolerance.Relative(0.1269422521561745, r.QP, 1e-6, "P_CHI2 (RevMan's chi-square tail is accurate to about 6e-7)");
        Tolerance.Relative(39.67458045558399, r.I2, Tolerance.ClosedForm, "I2");
        Tolerance.Relative(3.287633061337987, Math.Abs(r.Statistic), Tolerance.ClosedForm, "Z");
        Tolerance.Relative(0.0010103343130005407, r.PValue, Tolerance.ClosedForm, "P_Z");

        double[] weight = [3.176490004091248, 3.1016891143394365, 5.675380442715663, 1.795484618258711, 3.2176243566716805, 10.153491219997628, 72.87984024392564];
        for (var i = 0; i < weight.Length; i++)
        {
            Tolerance.Relative(weight[i], r.WeightPercent[i], Tolerance.ClosedForm, $"WEIGHT {Labels[i]}");
        }
    }

    [Fact]
    public void WithoutZeroCells_MetaforAndRevManConventionsAgree()
    {
        var revman = Fit();
        var metafor = Mh.Fit(EffectMeasure.OR, Tables, Labels);
        Assert.Equal(revman.Estimate, metafor.Estimate);
        Assert.Equal(revman.StandardError, metafor.StandardError);
        Assert.Equal(revman.Q, metafor.Q);
        Assert.Equal(revman.WeightPercent.ToArray(), metafor.WeightPercent.ToArray());
        Assert.Empty(revman.Warnings);
        Assert.Contains(revman.Conventions, c => c.Contains("RevMan 5", StringComparison.Ordinal) && c.StartsWith("Q:", StringComparison.Ordinal));
        Assert.Contains(metafor.Conventions, c => c.Contains("metafor rma.mh", StringComparison.Ordinal) && c.StartsWith("Q:", StringComparison.Ordinal));
    }
}
