using FsCheck;
using FsCheck.Fluent;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Layout;
using MetaReview.Reporting.Plots.Prisma;
using MetaReview.Reporting.Tests.Snapshots;
using MetaReview.Reporting.Tests.Support;

namespace MetaReview.Reporting.Tests.Plots.Prisma;

public class PrismaFlowDiagramTests
{
    private const string Nbsp = "\u00A0";

    /// <summary>The published diagram (PrismaExamples.Aeds2025): every number, in the box PRISMA 2020 puts it in.</summary>
    [Fact]
    public void Aeds2025_DrawsThePublishedCounts()
    {
        var scene = PrismaFlowDiagram.Create(PrismaExamples.Aeds2025);
        var svg = PlotChecks.Svg(scene);
        Assert.Equal(
            [
                "Identification of studies via databases and registers",
                "Identification", "Screening", "Included",
                "Records identified from:", $"Databases (n{Nbsp}={Nbsp}162)", $"Registers (n{Nbsp}={Nbsp}0)",
                $"Records screened (n{Nbsp}={Nbsp}139)",
                $"Reports sought for retrieval (n{Nbsp}={Nbsp}114)",
                $"Reports assessed for eligibility (n{Nbsp}={Nbsp}110)",
                $"Studies included in review (n{Nbsp}={Nbsp}22)",
                "Records removed before screening:", $"Duplicate records removed (n{Nbsp}={Nbsp}23)",
                $"Records excluded (n{Nbsp}={Nbsp}25)",
                $"Reports not retrieved (n{Nbsp}={Nbsp}4)",
                "Reports excluded:", $"Abstract content (n{Nbsp}={Nbsp}88)",
            ],
            SvgDocument.Texts(svg));
        Assert.Empty(PrismaExamples.Aeds2025.Inconsistencies());
        PlotChecks.AssertClean(scene);
        AssertTextInsideBoxes(scene);
        SnapshotAssert.Matches(svg, "prisma-aeds2025");
        Gallery.Save(scene, "prisma-aeds2025");
    }

    [Fact]
    public void Template_WithOtherMethods_HasBothColumnsAndThirteenArrows()
    {
        var scene = PrismaFlowDiagram.Create(
            PrismaExamples.Prisma2020PackageTemplate,
            new PrismaOptions { Title = "PRISMA 2020 flow diagram", Footnote = PrismaFlowDiagram.TemplateCitation });
        var svg = PlotChecks.Svg(scene);
        Assert.Equal(720, scene.Width);
        Assert.Contains("Identification of studies via other methods", SvgDocument.Texts(svg));
        Assert.Equal(2, SvgDocument.Texts(svg).Count(t => t == "Reports excluded:"));
        Assert.Equal(2, SvgDocument.Texts(svg).Count(t => t == "Records identified from:"));
        var arrows = scene.Elements.OfType<GroupElement>().Single(g => g.Id == "prisma-arrows");
        Assert.Equal(13, arrows.Children.OfType<PolylineElement>().Count());
        Assert.Equal(13, arrows.Children.OfType<PolygonElement>().Count());
        PlotChecks.AssertClean(scene);
        AssertTextInsideBoxes(scene);
        SnapshotAssert.Matches(svg, "prisma-template-other-methods");
        Gallery.Save(scene, "prisma-template-other-methods");
    }

    [Fact]
    public void PerDatabaseCounts_AreListedUnderTheTotal()
    {
        var counts = PrismaExamples.Aeds2025 with { Databases = [new SourceCount("MEDLINE", 100), new SourceCount("Embase", 62)] };
        var texts = SvgDocument.Texts(PlotChecks.Svg(PrismaFlowDiagram.Create(counts)));
        var at = texts.IndexOf($"Databases (n{Nbsp}={Nbsp}162)");
        Assert.Equal($"MEDLINE (n{Nbsp}={Nbsp}100)", texts[at + 1]);
        Assert.Equal($"Embase (n{Nbsp}={Nbsp}62)", texts[at + 2]);
    }

    [Fact]
    public void Inconsistencies_NameBothSides()
    {
        var counts = PrismaExamples.Aeds2025 with { RecordsScreened = 140 };
        Assert.Equal<string>(
            [
                "Records screened (identified − removed before screening): expected 139 from the other boxes, got 140",
                "Reports sought for retrieval (screened − excluded): expected 115 from the other boxes, got 114",
            ],
            counts.Inconsistencies());

        // Still drawn as given: published diagrams are often inconsistent.
        Assert.Contains($"Records screened (n{Nbsp}={Nbsp}140)", SvgDocument.Texts(PlotChecks.Svg(PrismaFlowDiagram.Create(counts))));
    }

    [Fact]
    public void NegativeCount_IsRefusedWithFieldAndValue()
    {
        var e = Assert.Throws<ArgumentException>(() => PrismaFlowDiagram.Create(PrismaExamples.Aeds2025 with { DuplicatesRemoved = -1 }));
        Assert.StartsWith("PRISMA counts: DuplicatesRemoved must be >= 0, got -1", e.Message, StringComparison.Ordinal);
        var other = Assert.Throws<ArgumentException>(() => PrismaFlowDiagram.Create(PrismaExamples.Prisma2020PackageTemplate with
        {
            OtherMethods = PrismaExamples.Prisma2020PackageTemplate.OtherMethods! with { Sources = [new SourceCount(" ", 3)] },
        }));
        Assert.StartsWith("PRISMA counts: OtherMethods.Sources[0] needs a name (e.g. 'Websites'), got none", other.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HostileAndLongLabels_AreEscapedAndWrapped()
    {
        var counts = PrismaExamples.Prisma2020PackageTemplate with
        {
            Databases = [new SourceCount(HostileText.Markup, 1), new SourceCount(HostileText.LongName, 2)],
            ReportsExcluded = [new ReasonCount(HostileText.LongName, 3), new ReasonCount("Pneumonoultramicroscopicsilicovolcanoconiosis-studies", 4)],
        };
        var scene = PrismaFlowDiagram.Create(counts, new PrismaOptions { Width = 600 });
        Assert.Contains(HostileText.Markup + $" (n{Nbsp}={Nbsp}1)", string.Join(' ', SvgDocument.Texts(PlotChecks.Svg(scene))), StringComparison.Ordinal);
        PlotChecks.AssertClean(scene);
        AssertTextInsideBoxes(scene);
        Gallery.Save(scene, "prisma-hostile");
    }

    [Fact]
    public void RandomLabelsAndCounts_NeverOverlapOrLeaveTheirBoxes()
    {
        var gen =
            from databases in HostileText.Between(Gen.Zip(HostileText.Names, Gen.Choose(0, 9_999_999)), 1, 5)
            from reasons in HostileText.Between(Gen.Zip(HostileText.Names, Gen.Choose(0, 99_999)), 0, 6)
            from other in HostileText.Between(Gen.Zip(HostileText.Names, Gen.Choose(0, 9_999)), 1, 4)
            from width in Gen.Choose(560, 900)
            select (databases, reasons, other, width);
        Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var counts = PrismaExamples.Prisma2020PackageTemplate with
            {
                Databases = [.. input.databases.Select(d => new SourceCount(d.Item1, d.Item2))],
                ReportsExcluded = [.. input.reasons.Select(r => new ReasonCount(r.Item1, r.Item2))],
                OtherMethods = PrismaExamples.Prisma2020PackageTemplate.OtherMethods! with
                {
                    Sources = [.. input.other.Select(s => new SourceCount(s.Item1, s.Item2))],
                },
            };
            var scene = PrismaFlowDiagram.Create(counts, new PrismaOptions { Width = input.width });
            PlotChecks.AssertClean(scene);
            AssertTextInsideBoxes(scene);
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>Every box group's texts lie inside the box's rectangle.</summary>
    private static void AssertTextInsideBoxes(Scene scene)
    {
        var m = TextMeasurer.Default;
        var boxes = scene.Elements.OfType<GroupElement>().Where(g => g.Children.OfType<RectangleElement>().Any()).ToList();
        Assert.NotEmpty(boxes);
        foreach (var box in boxes)
        {
            var rect = box.Children.OfType<RectangleElement>().Single().Bounds;
            foreach (var text in box.Children.OfType<TextElement>())
            {
                var bounds = m.Bounds(text);
                Assert.True(rect.Contains(bounds, 0.01), $"'{text.Text}' {bounds} is outside its box {box.Id} {rect}");
            }
        }
    }
}
