using System.Text;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Rendering;
using MetaReview.Reporting.Plots.Funnel;
using MetaReview.Reporting.Tests.Plots.Forest;
using MetaReview.Reporting.Tests.Snapshots;
using MetaReview.Reporting.Tests.Support;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.SmallStudy;

namespace MetaReview.Reporting.Tests.Plots.Funnel;

/// <summary>
/// Funnel plots of the BCG trials (Colditz 1994; metadat dat.bcg, log risk ratios) and of the Fleiss 1993 aspirin
/// trials, with metafor 3.8-1's trim and fill and Egger regression:
/// <c>dat &lt;- escalc("RR", ai=tpos, bi=tneg, ci=cpos, di=cneg, data=dat.bcg); fe &lt;- rma(yi, vi, data=dat, method="FE")</c>;
/// <c>trimfill(fe)</c> fills k0 = 4 studies on the right (adjusted estimate −0.2910259921);
/// <c>regtest(fe, model="lm", predictor="sei")</c>: limit estimate −0.1909286424, coefficient of sei −2.1120421209
/// (t = −1.4013, p = 0.1887).
/// </summary>
public class FunnelPlotTests
{
    private static readonly (double Yi, double Vi)[] BcgFilledFixedEffect =
    [
        (0.7892928193, 0.07302479361),
        (0.8594992058, 0.02001003190),
        (1.0033366730, 0.19458112140),
        (1.0388462394, 0.22301724757),
    ];

    private static readonly EggerLine BcgEgger = new(-0.1909286424, -2.1120421209);

    private static AnalysisResult BcgFixed() => PublishedData.Run(PublishedData.Bcg, EffectMeasure.RR, Preset.Metafor, o => o with { Model = o.Model with { Model = Statistics.Models.EffectModel.Fixed } });

    [Fact]
    public void Colditz1994Bcg_PointsSitAtTheirEstimateAndStandardError()
    {
        var result = PublishedData.Run(PublishedData.Bcg, EffectMeasure.RR, Preset.Metafor);
        var data = FunnelData.FromAnalysis(result);
        Assert.Equal(13, data.Studies.Length);
        Assert.True(data.LogScale);
        Assert.Equal(result.Model.Estimate, data.Estimate);
        Assert.Equal("SE(log[RR])", data.StandardErrorLabel);

        var scene = FunnelPlot.Create(data);
        var circles = Groups(scene, "funnel-studies").Single().Children.OfType<GroupElement>()
            .ToDictionary(g => g.Title!.Split(':')[0], g => g.Children.OfType<CircleElement>().Single().Center);
        Assert.Equal(13, circles.Count);

        // Positions are affine in yi and in SE: three studies fix the maps, the others must follow them.
        var studies = data.Studies.ToDictionary(s => s.Label);
        var a = studies["Aronson 1948"];
        var b = studies["TPT Madras 1980"];
        double X(double yi) => circles["Aronson 1948"].X + (yi - a.Yi) / (b.Yi - a.Yi) * (circles["TPT Madras 1980"].X - circles["Aronson 1948"].X);
        double Y(double se) => circles["TPT Madras 1980"].Y + (se - b.StandardError) / (a.StandardError - b.StandardError) * (circles["Aronson 1948"].Y - circles["TPT Madras 1980"].Y);
        foreach (var s in data.Studies)
        {
            Assert.Equal(X(s.Yi), circles[s.Label].X, 1e-6);
            Assert.Equal(Y(s.StandardError), circles[s.Label].Y, 1e-6);
        }

        // The SE axis runs downwards from 0 (the most precise study, TPT Madras, is the highest).
        Assert.Equal(circles.Values.Min(c => c.Y), circles["TPT Madras 1980"].Y);
        PlotChecks.AssertClean(scene);
    }

    [Fact]
    public void Colditz1994Bcg_RevManStyle()
    {
        var scene = FunnelPlot.Create(FunnelData.FromAnalysis(PublishedData.Run(PublishedData.Bcg, EffectMeasure.RR, Preset.RevMan5)));
        Gallery.Save(scene, "funnel-bcg");
        var svg = PlotChecks.Svg(scene);
        var texts = SvgDocument.Texts(svg);
        Assert.Equal(["0.2", "0.5", "1", "2", "Risk Ratio"], texts.Take(5));
        Assert.Equal(["0", "0.2", "0.4", "0.6", "0.8"], texts.SkipWhile(t => t != "0").Take(5));
        Assert.Contains("SE(log[RR])", texts);
        Assert.Contains("Risk Ratio", texts);
        Assert.Contains("Pseudo 95% confidence limits", texts);
        PlotChecks.AssertClean(scene);
        SnapshotAssert.Matches(svg, "funnel-bcg");
    }

    [Fact]
    public void Colditz1994Bcg_ContoursTrimAndFillAndEgger()
    {
        var fe = BcgFixed();
        var data = FunnelData.FromAnalysis(fe, BcgFilledFixedEffect, BcgEgger) with { Estimate = -0.2910259921 };
        var scene = FunnelPlot.Create(data, new FunnelPlotOptions { ContourEnhanced = true, Title = "BCG vaccine trials: trim and fill (fixed effect)" });
        Gallery.Save(scene, "funnel-bcg-contours-trimfill-egger");
        var svg = PlotChecks.Svg(scene);
        var texts = SvgDocument.Texts(svg);
        Assert.Equal(["Study", "Filled by trim and fill", "Pooled estimate", "Pseudo 95% confidence limits", "Egger's regression line", "p ≥ 0.10", "0.05 ≤ p < 0.10", "0.01 ≤ p < 0.05", "p < 0.01"], texts.SkipWhile(t => t != "Study"));
        var filled = Groups(scene, "funnel-filled").Single().Children.OfType<GroupElement>().ToList();
        Assert.Equal(4, filled.Count);
        Assert.All(filled, g => Assert.Equal(Color.White, g.Children.OfType<CircleElement>().Single().Fill));
        Assert.StartsWith("Filled study 2 (trim and fill): Risk Ratio 2.36 (log 0.859), SE 0.141", filled[1].Title, StringComparison.Ordinal);
        Assert.Equal("Egger's regression line: intercept −0.191, slope −2.112", Groups(scene, "funnel-egger").Single().Title);

        // Contours: the plot area in the darkest grey, then one triangle per level from the null value, white innermost.
        var contours = Groups(scene, "funnel-contours").Single().Children;
        Assert.Single(contours.OfType<RectangleElement>());
        Assert.Equal(3, contours.OfType<PolygonElement>().Count());
        Assert.Equal(Color.White, contours.OfType<PolygonElement>().Last().Fill);
        PlotChecks.AssertClean(scene);
        SnapshotAssert.Matches(svg, "funnel-bcg-contours-trimfill-egger");
    }

    /// <summary>The engine's trim and fill and Egger test give the numbers metafor gives, ready for the funnel.</summary>
    [Fact]
    public void EngineTrimAndFillAndEgger_AreMetaforsFunnelInputs()
    {
        var fe = BcgFixed();
        double[] yi = [.. fe.Effects.Yi];
        double[] vi = [.. fe.Effects.Vi];
        var tf = TrimAndFill.Run(yi, vi, new TrimAndFillOptions { Model = fe.Options.Model });
        Assert.Equal(4, tf.K0);
        Assert.Equal(-0.2910259921, tf.Estimate, 1e-8);
        var filled = tf.Filled.Select(f => (f.Yi, f.Vi)).OrderBy(f => f.Yi).ToList();
        for (var i = 0; i < BcgFilledFixedEffect.Length; i++)
        {
            Assert.Equal(BcgFilledFixedEffect[i].Yi, filled[i].Yi, 1e-8);
            Assert.Equal(BcgFilledFixedEffect[i].Vi, filled[i].Vi, 1e-8);
        }

        var egger = EggerLine.From(EggerTest.Classical(yi, vi));
        Assert.Equal(BcgEgger.Intercept, egger.Intercept, 1e-8);
        Assert.Equal(BcgEgger.Slope, egger.Slope, 1e-8);
    }

    /// <summary>
    /// The contour for p = 0.05 runs through ±1.96·SE around the null value: at the SE of the axis's last tick the
    /// white (p ≥ 0.10) triangle reaches ±1.645·SE and the 0.05 one ±1.96·SE.
    /// </summary>
    [Fact]
    public void Contours_RunThroughTheCriticalValues()
    {
        var data = FunnelData.FromAnalysis(BcgFixed());
        var scene = FunnelPlot.Create(data, new FunnelPlotOptions { ContourEnhanced = true, ShowPseudoConfidenceRegion = false });
        var polygons = Groups(scene, "funnel-contours").Single().Children.OfType<PolygonElement>().ToList();
        var inner = polygons[^1].Points;
        var middle = polygons[^2].Points;
        var apex = inner.MinBy(p => p.Y);
        var bottom = inner.Max(p => p.Y);
        double HalfWidthAtBottom(IEnumerable<Point> points) => points.Where(p => Math.Abs(p.Y - bottom) < 1e-9).Max(p => p.X) - apex.X;
        Assert.Equal(1.959964 / 1.644854, HalfWidthAtBottom(middle) / HalfWidthAtBottom(inner), 1e-5);
    }

    [Fact]
    public void Fleiss1993Aspirin_OddsRatioLabels()
    {
        var scene = FunnelPlot.Create(FunnelData.FromAnalysis(PublishedData.Run(PublishedData.FleissAspirin, EffectMeasure.OR, Preset.RevMan5)), new FunnelPlotOptions { ShowLegend = false });
        var texts = SvgDocument.Texts(PlotChecks.Svg(scene));
        Assert.Contains("SE(log[OR])", texts);
        Assert.Contains("Odds Ratio", texts);
        Assert.DoesNotContain("Study", texts);
        PlotChecks.AssertClean(scene);
        Gallery.Save(scene, "funnel-fleiss1993-aspirin");
    }

    [Fact]
    public void Fleiss1993MentalHealth_MeanDifferenceOnALinearAxis()
    {
        var scene = FunnelPlot.Create(FunnelData.FromAnalysis(PublishedData.Run(PublishedData.FleissMentalHealth, EffectMeasure.MD, Preset.RevMan5)), new FunnelPlotOptions { ContourEnhanced = true });
        var texts = SvgDocument.Texts(PlotChecks.Svg(scene));
        Assert.Contains("SE(MD)", texts);
        Assert.Contains("Mean Difference", texts);
        Assert.Contains("0", texts);
        Assert.Contains(texts, t => t.StartsWith('−'));
        PlotChecks.AssertClean(scene);
        Gallery.Save(scene, "funnel-fleiss1993-mental-health");
    }

    [Fact]
    public void HostileLabels_AreEscapedText()
    {
        var data = FunnelData.FromAnalysis(BcgFixed());
        data = data with { Studies = data.Studies.SetItem(0, data.Studies[0] with { Label = HostileText.Markup }) };
        var scene = FunnelPlot.Create(data, new FunnelPlotOptions { Title = HostileText.Markup, XLabel = HostileText.LongName, YLabel = "SE <log RR>" });
        var svg = PlotChecks.Svg(scene);
        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.Contains(HostileText.Markup, SvgDocument.Texts(svg));
        Assert.Contains(SvgDocument.Parse(svg).Descendants(SvgDocument.Svg + "title"), t => t.Value.StartsWith(HostileText.Markup, StringComparison.Ordinal));
        PlotChecks.AssertClean(scene);
        Gallery.Save(scene, "funnel-hostile-labels");
    }

    [Fact]
    public void SameInput_SameSvgAndPdf()
    {
        var data = FunnelData.FromAnalysis(BcgFixed(), BcgFilledFixedEffect, BcgEgger);
        var options = new FunnelPlotOptions { ContourEnhanced = true };
        Assert.Equal(PlotChecks.Svg(FunnelPlot.Create(data, options)), PlotChecks.Svg(FunnelPlot.Create(data, options)));
        var pdf = PdfRenderer.Render(FunnelPlot.Create(data, options));
        Assert.StartsWith("%PDF-", Encoding.Latin1.GetString(pdf, 0, 5), StringComparison.Ordinal);
        Assert.Equal(pdf, PdfRenderer.Render(FunnelPlot.Create(data, options)));
    }

    [Fact]
    public void ImposedSize_IsKeptOrSaysTheMinimum()
    {
        var data = FunnelData.FromAnalysis(BcgFixed());
        var scene = FunnelPlot.Create(data, new FunnelPlotOptions { Width = 500, Height = 420 });
        Assert.Equal(500, scene.Width);
        Assert.Equal(420, scene.Height);
        PlotChecks.AssertClean(scene);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelPlot.Create(data, new FunnelPlotOptions { Height = 120 }));
        Assert.StartsWith("a funnel plot 120 pt high leaves ", e.Message, StringComparison.Ordinal);
        var w = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelPlot.Create(data, new FunnelPlotOptions { Width = 100 }));
        Assert.StartsWith("a funnel plot 100 pt wide leaves ", w.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidInput_NamesTheStudyAndValue()
    {
        var data = FunnelData.FromAnalysis(BcgFixed());
        var bad = data with { Studies = data.Studies.SetItem(2, data.Studies[2] with { StandardError = 0 }) };
        var e = Assert.Throws<ArgumentException>(() => FunnelPlot.Create(bad));
        Assert.StartsWith("funnel plot study 3 ('Rosenthal et al 1960'): the standard error must be a finite number > 0, got 0", e.Message, StringComparison.Ordinal);
        var filled = Assert.Throws<ArgumentException>(() => FunnelData.FromAnalysis(BcgFixed(), [(0.5, -1)]));
        Assert.StartsWith("filled study 1: the variance must be a finite number > 0, got -1", filled.Message, StringComparison.Ordinal);
        var egger = Assert.Throws<ArgumentException>(() => FunnelPlot.Create(data with { Egger = new EggerLine(double.NaN, 0) }));
        Assert.StartsWith("funnel plot Egger line: intercept and slope must be finite numbers, got NaN and 0", egger.Message, StringComparison.Ordinal);
        var contours = Assert.Throws<ArgumentException>(() => FunnelPlot.Create(data with { NullValue = null }, new FunnelPlotOptions { ContourEnhanced = true }));
        Assert.StartsWith("a contour-enhanced funnel plot needs a value of no effect", contours.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<GroupElement> Groups(Scene scene, string id) => ForestPlotLayoutTests.AllGroups(scene).Where(g => g.Id == id);
}
