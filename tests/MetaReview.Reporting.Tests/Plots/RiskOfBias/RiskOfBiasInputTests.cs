using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Plots.RiskOfBias;
using MetaReview.Reporting.Tests.Support;
using static MetaReview.Reporting.Plots.RiskOfBias.Judgement;

namespace MetaReview.Reporting.Tests.Plots.RiskOfBias;

public class RiskOfBiasInputTests
{
    [Fact]
    public void WrongNumberOfJudgements_NamesTheStudyAndTheDomains()
    {
        var a = new RiskOfBiasAssessment(RiskOfBiasTool.Rob2, [new StudyJudgements("Drory 2001", [Low, Low, High], High)]);
        var e = Assert.Throws<ArgumentException>(() => TrafficLightPlot.Create(a));
        Assert.StartsWith("RoB 2 assessment, study 1 ('Drory 2001'): expected 5 judgements (D1, D2, D3, D4, D5), got 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JudgementOfAnotherTool_IsRefusedWithTheAllowedOnes()
    {
        var a = new RiskOfBiasAssessment(RiskOfBiasTool.Rob2, [new StudyJudgements("Drory 2001", [Low, Low, Serious, Low, Low], High)]);
        var e = Assert.Throws<ArgumentException>(() => SummaryPlot.Create(a));
        Assert.StartsWith("RoB 2 assessment, study 1 ('Drory 2001'), D3: 'Serious' is not a RoB 2 judgement; use Low, SomeConcerns, High, NoInformation", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CustomTool_DuplicateDomainCode_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => RiskOfBiasTool.Custom("Mine", [new("D1", "A"), new("D1", "B")], [Low, High]));
        Assert.StartsWith("risk-of-bias tool 'Mine': the domain code 'D1' is used 2 times", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Within each built-in tool every judgement has its own symbol, so the plots read without colour.</summary>
    [Theory]
    [InlineData("RoB 2")]
    [InlineData("RoB 1")]
    [InlineData("ROBINS-I")]
    public void BuiltInTools_HaveDistinctSymbolsAndColoursPerJudgement(string name)
    {
        var tool = new[] { RiskOfBiasTool.Rob2, RiskOfBiasTool.Rob1, RiskOfBiasTool.RobinsI }.Single(t => t.Name == name);
        var styles = tool.AllJudgements.Select(j => RiskOfBiasPalette.ColourBlindSafe[j]).ToList();
        Assert.Equal(styles.Count, styles.Select(s => s.Symbol).Distinct().Count());
        Assert.Equal(styles.Count, styles.Select(s => s.Fill).Distinct().Count());
    }

    /// <summary>
    /// Under simulated protanopia, deuteranopia and tritanopia (Machado 2009) every pair of the default fills stays
    /// at least ΔE*ab 15 apart, and every symbol has at least the WCAG 3:1 contrast for graphics against its fill.
    /// </summary>
    [Fact]
    public void DefaultPalette_IsDistinguishableWithColourVisionDeficiencies()
    {
        var fills = RiskOfBiasPalette.ColourBlindSafe.Styles.Values.Select(s => s.Fill).Distinct().ToList();
        Assert.Equal(5, fills.Count);
        foreach (var (deficiency, matrix) in ColourVision.Deficiencies)
        {
            foreach (var a in fills)
            {
                foreach (var b in fills.Where(b => b != a))
                {
                    var de = ColourVision.DeltaE(a, b, matrix);
                    Assert.True(de >= 15, $"{a} and {b} are only ΔE {de:0.0} apart with {deficiency}");
                }
            }
        }

        Assert.All(RiskOfBiasPalette.ColourBlindSafe.Styles, kv => Assert.True(kv.Value.Fill.ContrastWith(kv.Value.SymbolColor) >= 3, $"{kv.Key}: symbol contrast {kv.Value.Fill.ContrastWith(kv.Value.SymbolColor):0.0}"));
    }

    /// <summary>Why the classic traffic-light colours are not the default: green and red collapse for deuteranopes.</summary>
    [Fact]
    public void ClassicPalette_LowAndHighAreCloseForDeuteranopes()
    {
        var classic = RiskOfBiasPalette.Classic;
        var safe = RiskOfBiasPalette.ColourBlindSafe;
        var deutan = ColourVision.Deficiencies["deuteranopia"];
        Assert.True(
            ColourVision.DeltaE(classic[Low].Fill, classic[High].Fill, deutan) < ColourVision.DeltaE(safe[Low].Fill, safe[High].Fill, deutan),
            "the colour-blind-safe palette should separate low and high better than the classic one");
        Assert.Equal(Color.FromHex("#02c100"), classic[Low].Fill);
    }
}
