using System.Text.Json;

namespace MetaReview.Cli.Tests;

/// <summary><c>metareview prisma</c>: the counts of a screened folder as text and JSON, and the diagram.</summary>
public class PrismaCommandTests
{
    [Fact]
    public void Text_EveryCount_MatchesSnapshot()
    {
        using var folder = new ReviewDirectory();
        folder.ImportIbd();
        folder.WriteReviewFile();
        folder.ScreenIbd();
        var (exit, output, error) = Cli.Run("prisma", folder.Path);
        Assert.Equal(0, exit);
        Assert.Equal("note: 1 report(s) are 'maybe' at full text (awaiting classification): neither included nor excluded\n", error);
        Snapshot.Match("prisma-ibd", output);
    }

    [Fact]
    public void Json_HasEveryCount()
    {
        using var folder = new ReviewDirectory();
        folder.ImportIbd();
        folder.WriteReviewFile();
        folder.ScreenIbd();
        var (exit, output, _) = Cli.Run("prisma", folder.Path, "--json");
        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(
            [("PubMed", 12), ("PsycINFO", 12), ("Embase", 6), ("Scopus", 6)],
            root.GetProperty("databases").EnumerateArray().Select(d => (d.GetProperty("name").GetString(), d.GetProperty("count").GetInt32())));
        Assert.Equal(36, root.GetProperty("records_identified").GetInt32());
        Assert.Equal(6, root.GetProperty("duplicates_removed").GetInt32());
        Assert.Equal(30, root.GetProperty("records_screened").GetInt32());
        Assert.Equal(22, root.GetProperty("records_excluded").GetInt32());
        Assert.Equal(8, root.GetProperty("reports_sought").GetInt32());
        Assert.Equal(1, root.GetProperty("reports_not_retrieved").GetInt32());
        Assert.Equal(7, root.GetProperty("reports_assessed").GetInt32());
        Assert.Equal(
            [("topic", "no psychological outcome or intervention", 1), ("design", "not primary research", 1)],
            root.GetProperty("reports_excluded").EnumerateArray().Select(r => (r.GetProperty("id").GetString(), r.GetProperty("reason").GetString(), r.GetProperty("count").GetInt32())));
        Assert.Equal(4, root.GetProperty("reports_of_included_studies").GetInt32());
        Assert.Equal(3, root.GetProperty("studies_included").GetInt32());
        Assert.False(root.GetProperty("complete").GetBoolean());
        Assert.Equal(1, root.GetProperty("reports_awaiting_classification").GetInt32());
    }

    [Fact]
    public void Svg_DrawsTheFlowDiagram()
    {
        using var folder = new ReviewDirectory();
        folder.ImportIbd();
        folder.WriteReviewFile();
        folder.ScreenIbd();
        var svg = System.IO.Path.Combine(folder.Path, "prisma.svg");
        var (exit, _, error) = Cli.Run("prisma", folder.Path, "-o", svg);
        Assert.Equal(0, exit);
        Assert.EndsWith($"Wrote {svg}.\n", error, StringComparison.Ordinal);
        var text = File.ReadAllText(svg).Replace('\u00A0', ' '); // the diagram keeps "(n = 12)" on one line with no-break spaces
        Assert.Contains("<svg", text, StringComparison.Ordinal);
        foreach (var expected in new[] { "PubMed (n = 12)", "Duplicate records removed (n = 6)", "Records screened (n = 30)", "Records excluded (n = 22)", "Reports not retrieved (n = 1)", "not primary research (n = 1)", "Studies included in review (n = 3)", "Reports of included studies (n = 4)" })
        {
            Assert.True(text.Contains(expected, StringComparison.Ordinal), $"'{expected}' is not in the diagram: {text}");
        }
    }

    [Fact]
    public void AnUnknownExtension_Exit2()
    {
        using var folder = new ReviewDirectory();
        folder.ImportIbd();
        var (exit, _, error) = Cli.Run("prisma", folder.Path, "-o", "flow.gif");
        Assert.Equal(2, exit);
        Assert.Equal("metareview prisma: cannot tell the format of 'flow.gif' from its extension; use .svg, .pdf, .png or .json.\n", error);
    }

    [Fact]
    public void AnEmptyFolder_CountsNothing()
    {
        using var folder = new ReviewDirectory();
        var (exit, output, _) = Cli.Run("prisma", folder.Path, "--json");
        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(0, root.GetProperty("records_identified").GetInt32());
        Assert.True(root.GetProperty("complete").GetBoolean());
    }
}
