using System.Diagnostics;
using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Rendering;
using MetaReview.Reporting.Plots.Forest;
using MetaReview.Reporting.Tests.Support;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;
using Xunit.Abstractions;

namespace MetaReview.Reporting.Tests.Plots.Forest;

/// <summary>Layout, escaping, sorting, options, size and speed of forest plots, on the Fleiss 1993 and BCG data.</summary>
public class ForestPlotLayoutTests(ITestOutputHelper output)
{
    private static ForestPlotData Aspirin() =>
        ForestData.FromAnalysis(PublishedData.Run(PublishedData.FleissAspirin, EffectMeasure.OR, Preset.RevMan5), PublishedData.FleissAspirin);

    [Fact]
    public void HostileAndLongLabels_AreEscapedTextAndWrap()
    {
        var data = Relabel(Aspirin(), HostileText.Markup, HostileText.LongName);
        var scene = ForestPlot.Create(data, new ForestPlotOptions { Title = HostileText.Markup, XLabel = "Odds ratio & 95% <CI>", ExperimentalLabel = "\"Aspirin\"" });
        var svg = PlotChecks.Svg(scene);
        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; ", svg, StringComparison.Ordinal);
        var texts = SvgDocument.Texts(svg);
        Assert.Equal(2, texts.Count(t => t == HostileText.Markup));
        Assert.Contains("Odds ratio & 95% <CI>", texts);
        Assert.Contains("\"Aspirin\"", texts);
        Assert.DoesNotContain(HostileText.LongName, texts);
        Assert.Contains(texts, t => HostileText.LongName.StartsWith(t, StringComparison.Ordinal) && t.Length > 10);
        PlotChecks.AssertClean(scene);
        Gallery.Save(scene, "forest-hostile-labels");
    }

    [Fact]
    public void RandomStudyNames_NeverOverlap()
    {
        var bcg = ForestData.FromAnalysis(PublishedData.Run(PublishedData.Bcg, EffectMeasure.RR, Preset.RevMan5), PublishedData.Bcg);
        var gen =
            from names in HostileText.Between(HostileText.Names, 1, 13)
            from width in Gen.Elements<double?>(null, 560, 700, 900)
            from layout in Gen.Elements(ForestLayout.RevMan, ForestLayout.Compact)
            select (names, width, layout);
        Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var rows = bcg.Groups[0].Rows.Take(input.names.Count).Select((r, i) => r with { Label = input.names[i] });
            var data = bcg with { Groups = [new ForestGroup(null, [.. rows])] };
            PlotChecks.AssertClean(ForestPlot.Create(data, new ForestPlotOptions { Width = input.width, Layout = input.layout }));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void SameInput_SameSvgAndPdf()
    {
        var data = Aspirin();
        Assert.Equal(PlotChecks.Svg(ForestPlot.Create(data)), PlotChecks.Svg(ForestPlot.Create(data)));
        var pdf = PdfRenderer.Render(ForestPlot.Create(data));
        Assert.StartsWith("%PDF-", Encoding.Latin1.GetString(pdf, 0, 5), StringComparison.Ordinal);
        Assert.Equal(pdf, PdfRenderer.Render(ForestPlot.Create(data)));
    }

    [Theory]
    [InlineData(ForestSort.Weight, "ISIS-2", "AMIS")]
    [InlineData(ForestSort.Effect, "CDP", "MRC-1")]
    [InlineData(ForestSort.Label, "AMIS", "CDP")]
    [InlineData(ForestSort.Given, "MRC-1", "CDP")]
    public void Sort_OrdersTheRows(ForestSort sort, string first, string second)
    {
        var texts = SvgDocument.Texts(PlotChecks.Svg(ForestPlot.Create(Aspirin(), new ForestPlotOptions { Sort = sort })));
        var studies = texts.SkipWhile(t => t != "Weight").Where(t => PublishedData.FleissAspirin.Any(s => s.Study == t)).ToList();
        Assert.Equal([first, second], studies.Take(2));
    }

    [Fact]
    public void SortByYear_OldestFirst()
    {
        var result = PublishedData.Run(PublishedData.Bcg, EffectMeasure.RR, Preset.RevMan5);
        var data = ForestData.FromAnalysis(result, PublishedData.Bcg, new ForestDataOptions { Years = PublishedData.BcgYears });
        var texts = SvgDocument.Texts(PlotChecks.Svg(ForestPlot.Create(data, new ForestPlotOptions { Sort = ForestSort.Year })));
        var studies = texts.Where(t => PublishedData.Bcg.Any(s => s.Study == t)).ToList();
        Assert.Equal(["Aronson 1948", "Ferguson & Simes 1949", "Stein & Aronson 1953", "Rosenthal et al 1960"], studies.Take(4));
        Assert.Equal("TPT Madras 1980", studies[^1]);
    }

    /// <summary>
    /// Niel-Weise 2007 (dat.nielweise2007), MH OR fixed as RevMan 5: Yucel 2004 has no events in either arm and is
    /// "Not estimable" with no weight. RevMan adds 0.5 to every cell of the studies with a zero cell, also for the MH
    /// pooled OR: metafor 3.8-1 <c>rma.mh(measure="OR", ai=a, bi=b, ci=c, di=d)</c> on those corrected cells (Yucel left out)
    /// gives OR 0.3170876 [0.2082839, 0.4827283].
    /// </summary>
    [Fact]
    public void NielWeise2007_DoubleZeroStudy_IsNotEstimable()
    {
        var result = PublishedData.Run(PublishedData.NielWeise2007, EffectMeasure.OR, Preset.RevMan5);
        var scene = ForestPlot.Create(ForestData.FromAnalysis(result, PublishedData.NielWeise2007));
        var texts = SvgDocument.Texts(PlotChecks.Svg(scene));
        Assert.Equal(["Yucel 2004", "0", "118", "0", "105"], ForestPlotRevManTests.Row(texts, "Yucel 2004"));
        Assert.Equal("Not estimable", texts[texts.IndexOf("Yucel 2004") + 5]);
        Assert.Equal(["Total (95% CI)", "2495", "2495", "100.0%", "0.32 [0.21, 0.48]"], ForestPlotRevManTests.Row(texts, "Total (95% CI)"));
        PlotChecks.AssertClean(scene);
        Gallery.Save(scene, "forest-nielweise2007-not-estimable");
    }

    /// <summary>With limits 0.7–1.2 the study intervals that leave the axis end in arrowheads, one per side they leave.</summary>
    [Fact]
    public void AxisLimits_IntervalsBeyondEndInArrows()
    {
        var scene = ForestPlot.Create(Aspirin(), new ForestPlotOptions { AxisLimits = (0.7, 1.2), Ticks = [0.7, 1, 1.2] });
        var arrows = StudyGroups(scene).ToDictionary(g => g.Title!.Split(',')[0], g => g.Children.OfType<PolygonElement>().Count(p => p.Points.Length == 3));
        Assert.Equal(1, arrows["MRC-1"]);
        Assert.Equal(1, arrows["CDP"]);
        Assert.Equal(2, arrows["GASP"]);
        Assert.Equal(1, arrows["PARIS"]);
        Assert.Equal(1, arrows["AMIS"]);
        Assert.Equal(0, arrows["ISIS-2"]);
        var texts = SvgDocument.Texts(PlotChecks.Svg(scene));
        Assert.Equal(["0.7", "1", "1.2"], texts.SkipWhile(t => t != "0.7").Take(3));
        PlotChecks.AssertClean(scene);
        Gallery.Save(scene, "forest-fleiss1993-arrows");
    }

    [Fact]
    public void ImposedSize_IsKeptOrSaysTheMinimum()
    {
        var natural = ForestPlot.Create(Aspirin());
        var taller = ForestPlot.Create(Aspirin(), new ForestPlotOptions { Width = 900, Height = natural.Height + 120 });
        Assert.Equal(900, taller.Width);
        Assert.Equal(natural.Height + 120, taller.Height);
        PlotChecks.AssertClean(taller);

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ForestPlot.Create(Aspirin(), new ForestPlotOptions { Height = 100 }));
        Assert.StartsWith($"a forest plot of ", e.Message, StringComparison.Ordinal);
        Assert.Contains($"needs a height of at least {Math.Ceiling(natural.Height).ToString(CultureInfo.InvariantCulture)} pt, got 100", e.Message, StringComparison.Ordinal);
        var narrow = Assert.Throws<ArgumentOutOfRangeException>(() => ForestPlot.Create(Aspirin(), new ForestPlotOptions { Width = 200 }));
        Assert.StartsWith("a forest plot 200 pt wide leaves ", narrow.Message, StringComparison.Ordinal);
        var font = Assert.Throws<ArgumentOutOfRangeException>(() => ForestPlot.Create(Aspirin(), new ForestPlotOptions { FontSize = 2 }));
        Assert.StartsWith("forest plot font size must be between 4 and 72 points, got 2", font.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidRow_NamesTheRowAndValue()
    {
        var data = Aspirin();
        var rows = data.Groups[0].Rows.SetItem(2, data.Groups[0].Rows[2] with { CiLower = 0.9 });
        var e = Assert.Throws<ArgumentException>(() => ForestPlot.Create(data with { Groups = [data.Groups[0] with { Rows = rows }] }));
        Assert.StartsWith("forest plot row 3 ('MRC-2'): the interval [0.9, ", e.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// 200 correlations of situation awareness with performance (Bakdash et al. 2022; metadat dat.bakdash2021, the first
    /// 200 rows, Fisher's z): the page grows with the rows, every label is printed, nothing overlaps, and drawing and
    /// writing the SVG takes well under a second (measured: see the test output).
    /// </summary>
    [Fact]
    public void TwoHundredStudies_PageGrowsAndRendersFast()
    {
        var studies = Bakdash2021First200();
        var result = MetaAnalysis.Run(studies, Preset.Metafor.Defaults(EffectMeasure.ZCOR));
        var data = ForestData.FromAnalysis(result, studies);
        var scene = ForestPlot.Create(data);
        Assert.True(scene.Height > 200 * 8 * 1.3, $"height {scene.Height} pt for 200 rows");
        var svg = PlotChecks.Svg(scene);
        var texts = SvgDocument.Texts(svg);
        Assert.All(studies, s => Assert.Contains(s.Study, texts));
        PlotChecks.AssertClean(scene);
        Gallery.Save(scene, "forest-bakdash2021-200");

        var times = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            var watch = Stopwatch.StartNew();
            _ = SvgRenderer.Render(ForestPlot.Create(data));
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        output.WriteLine($"200-study forest plot, create + SVG: best {times[0]:0.0} ms, median {times[3]:0.0} ms");

        // The target is 100 ms; the bound is generous because the test machine is shared.
        Assert.True(times[3] < 500, $"median {times[3]:0.0} ms");
    }

    internal static IReadOnlyList<StudyInput> Bakdash2021First200()
    {
        var path = Path.Combine(ProjectDirectory(), "Plots", "Forest", "Data", "bakdash2021-first200.csv");
        return [.. File.ReadAllLines(path).Skip(1).Select(line =>
        {
            var close = line.LastIndexOf('"');
            var fields = line[(close + 2)..].Split(',');
            return new StudyInput(line[1..close], new GenericData(double.Parse(fields[1], CultureInfo.InvariantCulture), double.Parse(fields[2], CultureInfo.InvariantCulture)));
        })];
    }

    private static string ProjectDirectory([System.Runtime.CompilerServices.CallerFilePath] string file = "")
    {
        var dir = Path.GetDirectoryName(file);
        while (dir is not null && !File.Exists(Path.Combine(dir, "MetaReview.Reporting.Tests.csproj")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException($"no test project above {file}");
    }

    private static ForestPlotData Relabel(ForestPlotData data, params string[] labels)
    {
        var rows = data.Groups[0].Rows;
        for (var i = 0; i < labels.Length; i++)
        {
            rows = rows.SetItem(i, rows[i] with { Label = labels[i] });
        }

        return data with { Groups = [data.Groups[0] with { Rows = rows }] };
    }

    /// <summary>Every group of a scene, nested ones included, in drawing order.</summary>
    internal static IEnumerable<GroupElement> AllGroups(Scene scene) => scene.Elements.OfType<GroupElement>().SelectMany(Flatten);

    private static IEnumerable<GroupElement> StudyGroups(Scene scene) =>
        AllGroups(scene).Where(g => g.Id?.Contains("-study-", StringComparison.Ordinal) == true);

    private static IEnumerable<GroupElement> Flatten(GroupElement g) => g.Children.OfType<GroupElement>().SelectMany(Flatten).Prepend(g);
}
