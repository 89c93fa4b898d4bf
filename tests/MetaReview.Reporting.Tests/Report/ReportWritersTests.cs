using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using MetaReview.Reporting.Drawing.Rendering;
using MetaReview.Reporting.Plots.RiskOfBias;
using MetaReview.Reporting.Report.Document;
using MetaReview.Reporting.Report.Writers;
using MetaReview.Reporting.Tests.Plots.RiskOfBias;

namespace MetaReview.Reporting.Tests.Report;

/// <summary>
/// The three report writers on one document: the Fleiss 1993 aspirin trials as RevMan 5 reports them (MH OR
/// 0.90 [0.84, 0.96]) and the RoB 2 table of Golledge et al. 2022 as a figure.
/// </summary>
public class ReportWritersTests
{
    private static ReportDocument Document() => new(
        "Aspirin after myocardial infarction <Fleiss 1993> & \"RevMan\"",
        "A re-analysis",
        "MetaReview 0.1.0",
        [
            new Heading(1, "Results"),
            Paragraph.Of("Seven trials; Mantel–Haenszel odds ratio, fixed effect."),
            new Table("Table 1. Deaths", ["Study", "Aspirin", "Placebo", "OR [95% CI]"],
            [
                TableRow.Of("MRC-1", "49/615", "67/624", "0.72 [0.49, 1.06]"),
                TableRow.Of("ISIS-2", "1570/8587", "1720/8600", "0.90 [0.83, 0.97]"),
                new TableRow(["Total (MH, fixed)", "", "", "0.90 [0.84, 0.96]"], TableRowKind.Total),
            ], ["Heterogeneity: Chi² = 9.95, df = 6 (P = 0.13); I² = 40%"], [1, 2, 3]),
            new Heading(2, "Risk of bias"),
            new Figure("rob-golledge2022", "Figure 1. Risk of bias (Golledge 2022, RoB 2)", TrafficLightPlot.Create(RiskOfBiasExamples.Golledge2022Table2)),
            BulletList.Of(["Lavery 2004: high", "Bus 2021: low"]),
        ]);

    [Fact]
    public void Html_IsSelfContained_EscapesText_AndInlinesTheFigure()
    {
        var html = HtmlReportWriter.Render(Document());
        Assert.Contains("<title>Aspirin after myocardial infarction &lt;Fleiss 1993&gt; &amp; &quot;RevMan&quot;</title>", html, StringComparison.Ordinal);
        Assert.Contains("<figure id=\"rob-golledge2022\">\n<svg", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"total\"><td>Total (MH, fixed)</td><td class=\"num\"></td><td class=\"num\"></td><td class=\"num\">0.90 [0.84, 0.96]</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Heterogeneity: Chi² = 9.95, df = 6 (P = 0.13); I² = 40%</li>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"results\">Results</h2>", html, StringComparison.Ordinal);
        Assert.Equal(html, HtmlReportWriter.Render(Document()));
    }

    [Fact]
    public void Markdown_HasPipeTables_EscapedText_AndFigureFiles()
    {
        var (md, figures) = MarkdownReportWriter.Render(Document());
        Assert.StartsWith("# Aspirin after myocardial infarction \\<Fleiss 1993\\> & \"RevMan\"\n", md, StringComparison.Ordinal);
        Assert.Contains("| Study | Aspirin | Placebo | OR \\[95% CI\\] |\n| --- | ---: | ---: | ---: |\n| MRC-1 | 49/615 | 67/624 | 0.72 \\[0.49, 1.06\\] |", md, StringComparison.Ordinal);
        Assert.Contains("| **Total (MH, fixed)** |  |  | **0.90 \\[0.84, 0.96\\]** |", md, StringComparison.Ordinal);
        Assert.Contains("![Figure 1. Risk of bias (Golledge 2022, RoB 2)](figures/rob-golledge2022.svg)", md, StringComparison.Ordinal);
        var svg = Assert.Single(figures);
        Assert.Equal("figures/rob-golledge2022.svg", svg.Key);
        XDocument.Parse(svg.Value);
    }

    [Fact]
    public void Word_IsAValidPackage_WithTheTextTablesAndImage()
    {
        using var buffer = new MemoryStream();
        var notes = WordReportWriter.Write(Document(), buffer);
        using var zip = new ZipArchive(new MemoryStream(buffer.ToArray()), ZipArchiveMode.Read);
        var documentXml = XDocument.Load(zip.GetEntry("word/document.xml")!.Open());
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        var text = string.Concat(documentXml.Descendants(w + "t").Select(t => t.Value));
        Assert.Contains("Aspirin after myocardial infarction <Fleiss 1993> & \"RevMan\"", text, StringComparison.Ordinal);
        Assert.Contains("Total (MH, fixed)", text, StringComparison.Ordinal);
        Assert.Single(documentXml.Descendants(w + "tbl"));
        Assert.NotNull(zip.GetEntry("word/styles.xml"));
        if (PngRenderer.IsAvailable)
        {
            Assert.Empty(notes);
            Assert.Single(zip.Entries, e => e.FullName.EndsWith(".png", StringComparison.Ordinal));
            Assert.Single(zip.Entries, e => e.FullName.EndsWith(".svg", StringComparison.Ordinal));
        }
        else
        {
            Assert.Contains("librsvg2-bin", Assert.Single(notes), StringComparison.Ordinal);
        }

        // Valid for the oldest and the newest Word the SDK knows: the SVG extension is one older Word may ignore.
        using var package = WordprocessingDocument.Open(new MemoryStream(buffer.ToArray()), false);
        foreach (var version in new[] { FileFormatVersions.Office2007, FileFormatVersions.Microsoft365 })
        {
            Assert.Empty(new OpenXmlValidator(version).Validate(package).Select(e => $"{e.Description} at {e.Path?.XPath}"));
        }
    }
}
