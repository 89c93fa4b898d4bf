using FsCheck;
using FsCheck.Fluent;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Plots.RiskOfBias;
using MetaReview.Reporting.Tests.Snapshots;
using MetaReview.Reporting.Tests.Support;

namespace MetaReview.Reporting.Tests.Plots.RiskOfBias;

public class TrafficLightPlotTests
{
    /// <summary>PMC10196895 Table 3 (RoB 2, 23 trials): one circle per judgement, each titled with study, domain and judgement.</summary>
    [Fact]
    public void Pmc10196895_Rob2_OneTitledCirclePerJudgement()
    {
        var assessment = RiskOfBiasExamples.Pmc10196895Table3;
        var scene = TrafficLightPlot.Create(assessment);
        var svg = PlotChecks.Svg(scene);
        var titles = SvgDocument.Parse(svg).Descendants(SvgDocument.Svg + "title").Select(t => t.Value).ToList();
        Assert.Equal(23 * 6, titles.Count(t => t.Contains(": ", StringComparison.Ordinal) && t.Contains(", ", StringComparison.Ordinal) && !t.StartsWith("RoB", StringComparison.Ordinal)));
        Assert.Contains("Hurkmans 2018, D1 Bias arising from the randomization process: High", titles);
        Assert.Contains("Leinonen 2017, D3 Bias due to missing outcome data: High", titles);
        Assert.Contains("Zhou 2018, Overall: Some concerns", titles);
        Assert.Equal(23 * 6 + 3, scene.Elements.OfType<GroupElement>().SelectMany(Descendants).OfType<CircleElement>().Count(c => c.Stroke is not null));
        var texts = SvgDocument.Texts(svg);
        Assert.Equal(["Risk of bias domains", "Study", "D1", "D2", "D3", "D4", "D5", "Overall", "Direito 2015"], texts.Take(9));
        Assert.Contains("D1: Bias arising from the randomization process", texts);
        Assert.Equal<string>(["Judgement", "Low", "Some concerns", "High"], texts.SkipWhile(t => t != "Judgement"));
        PlotChecks.AssertClean(scene);
        SnapshotAssert.Matches(svg, "rob2-traffic-pmc10196895");
        Gallery.Save(scene, "rob2-traffic-pmc10196895");
    }

    /// <summary>Teirlinck 2023 Table 2 (RoB 1, 18 trials) with the review's own overall rule (Low / Moderate / High).</summary>
    [Fact]
    public void Teirlinck2023_Rob1_SevenDomainsAndOverallKey()
    {
        var scene = TrafficLightPlot.Create(RiskOfBiasExamples.Teirlinck2023Table2);
        var svg = PlotChecks.Svg(scene);
        var texts = SvgDocument.Texts(svg);
        Assert.Equal(["D1", "D2", "D3", "D4", "D5", "D6", "D7", "Overall"], texts.Skip(2).Take(8));
        Assert.Equal<string>(["Judgement", "Low", "Unclear", "Moderate", "High"], texts.SkipWhile(t => t != "Judgement"));
        Assert.Contains("D3: Blinding of participants and personnel (performance bias)", texts);
        PlotChecks.AssertClean(scene);
        SnapshotAssert.Matches(svg, "rob1-traffic-teirlinck2023");
        Gallery.Save(scene, "rob1-traffic-teirlinck2023");
    }

    [Fact]
    public void Golledge2022_Rob2_FiveTrials()
    {
        var scene = TrafficLightPlot.Create(RiskOfBiasExamples.Golledge2022Table2, new RiskOfBiasOptions { Title = "Risk of bias (RoB 2): at-home foot temperature monitoring" });
        PlotChecks.AssertClean(scene);
        Gallery.Save(scene, "rob2-traffic-golledge2022");
    }

    [Fact]
    public void RobvisRobins_RobinsI_ShowsAllFiveJudgementsOnlyWhenUsed()
    {
        var scene = TrafficLightPlot.Create(RiskOfBiasExamples.RobvisRobinsExample);
        var texts = SvgDocument.Texts(PlotChecks.Svg(scene));
        Assert.Equal<string>(["Judgement", "Low", "Moderate", "Serious", "Critical"], texts.SkipWhile(t => t != "Judgement"));
        PlotChecks.AssertClean(scene);
        Gallery.Save(scene, "robins-traffic-robvis");
    }

    [Fact]
    public void CustomTool_RobvisQuadas_WithNoInformation()
    {
        var scene = TrafficLightPlot.Create(RiskOfBiasExamples.RobvisQuadasExample);
        var svg = PlotChecks.Svg(scene);
        var texts = SvgDocument.Texts(svg);
        Assert.Contains("D4: Flow and timing", texts);
        Assert.Equal<string>(["Judgement", "Low", "Some concerns", "High", "No information"], texts.SkipWhile(t => t != "Judgement"));
        PlotChecks.AssertClean(scene);
        SnapshotAssert.Matches(svg, "quadas-traffic-robvis");
        Gallery.Save(scene, "quadas-traffic-robvis");
    }

    [Fact]
    public void WithoutOverall_HasNoOverallColumn()
    {
        var a = RiskOfBiasExamples.Golledge2022Table2;
        var scene = TrafficLightPlot.Create(a with { Studies = [.. a.Studies.Select(s => s with { Overall = null })] });
        Assert.DoesNotContain("Overall", SvgDocument.Texts(PlotChecks.Svg(scene)));
        PlotChecks.AssertClean(scene);
    }

    [Fact]
    public void LongAndHostileNames_WrapInAnImposedWidth_AndAreEscaped()
    {
        var a = RiskOfBiasExamples.Golledge2022Table2;
        var studies = a.Studies.SetItem(0, a.Studies[0] with { Study = HostileText.Markup }).SetItem(1, a.Studies[1] with { Study = HostileText.LongName });
        var scene = TrafficLightPlot.Create(a with { Studies = studies }, new RiskOfBiasOptions { Width = 330 });
        Assert.Equal(330, scene.Width);
        var texts = SvgDocument.Texts(PlotChecks.Svg(scene));
        Assert.Contains(HostileText.Markup, texts);
        Assert.DoesNotContain(HostileText.LongName, texts);
        PlotChecks.AssertClean(scene);
        Gallery.Save(scene, "rob2-traffic-wrapped-names");
    }

    [Fact]
    public void TooNarrow_SaysHowWideItMustBe()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => TrafficLightPlot.Create(RiskOfBiasExamples.Pmc10196895Table3, new RiskOfBiasOptions { Width = 150 }));
        Assert.StartsWith("a traffic-light plot 150 pt wide leaves ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RandomStudyNames_NeverOverlap()
    {
        var gen =
            from names in HostileText.Between(HostileText.Names, 1, 12)
            from width in Gen.Elements<double?>(null, 320, 420, 600)
            select (names, width);
        var template = RiskOfBiasExamples.Pmc10196895Table3.Studies[9];
        Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var a = new RiskOfBiasAssessment(RiskOfBiasTool.Rob2, [.. input.names.Select(n => template with { Study = n })]);
            PlotChecks.AssertClean(TrafficLightPlot.Create(a, new RiskOfBiasOptions { Width = input.width }));
        }).QuickCheckThrowOnFailure();
    }

    private static IEnumerable<Element> Descendants(GroupElement g) =>
        g.Children.SelectMany(c => c is GroupElement inner ? Descendants(inner).Prepend(inner) : [c]);
}
