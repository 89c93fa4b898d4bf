namespace MetaReview.Cli.Tests;

/// <summary>
/// <c>metareview plot rob</c> and <c>metareview plot prisma</c> on published tables: RoB 2 judgements of PMC10196895
/// Table 3 (Stecher et al., JMIR Mhealth Uhealth 2023;11:e43162; the first eight trials) and the PRISMA 2020 counts
/// of AEDS-09-2025-0494 Figure 1 (see tests/MetaReview.Reporting.Tests/Plots for the full sources).
/// </summary>
public sealed class PlotRobPrismaTests : IDisposable
{
    private const string Rob2Csv = """
        Study,D1,D2,D3,D4,D5,Overall
        Direito 2015,Low,Low,Low,Low,Low,Low
        Edney 2020,Low,Low,Low,Low,Low,Low
        Fanning 2017,Some concerns,Some concerns,Some concerns,Low,Some concerns,High
        Fukuoka 2019,Low,Low,Low,Low,Low,Low
        Garcia-Ortiz 2018,Low,Some concerns,Some concerns,Low,Low,Some concerns
        Garde 2018,+,!,!,+,!,-
        Glynn 2014,Some concerns,Low,Low,Low,Low,Some concerns
        Gremaud 2018,Low,Some concerns,Low,Low,Some concerns,Some concerns
        """;

    private const string PrismaCsv = """
        field,name,count
        database,,162
        register,,0
        duplicates_removed,,23
        records_screened,,139
        records_excluded,,25
        reports_sought,,114
        reports_not_retrieved,,4
        reports_assessed,,110
        reports_excluded,Abstract content,88
        studies_included,,22
        """;

    private const string PrismaJson = """
        {
          "databases": 162,
          "registers": 0,
          "duplicates_removed": 23,
          "records_screened": 139,
          "records_excluded": 25,
          "reports_sought": 114,
          "reports_not_retrieved": 4,
          "reports_assessed": 110,
          "reports_excluded": [{ "reason": "Abstract content", "count": 88 }],
          "studies_included": 22
        }
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("metareview-rob-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Pmc10196895_Rob2TrafficLight()
    {
        var (exit, svg, error) = Cli.Run("plot", "rob", File("rob.csv", Rob2Csv), "-o", "-");
        Assert.True(exit == 0, error);
        var texts = PlotForestFunnelTests.Texts(svg);
        Assert.Equal(["Risk of bias domains", "Study", "D1", "D2", "D3", "D4", "D5", "Overall", "Direito 2015"], texts.Take(9));
        Assert.Contains("Garde 2018, Overall: High", svg, StringComparison.Ordinal);
        Assert.Contains("Garde 2018, D2 Bias due to deviations from intended interventions: Some concerns", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Pmc10196895_Rob2Summary()
    {
        var path = Path.Combine(_dir, "summary.svg");
        var (exit, output, error) = Cli.Run("plot", "rob", File("rob.csv", Rob2Csv), "--summary", "-o", path);
        Assert.True(exit == 0, error);
        Assert.StartsWith($"{path}: RoB 2 summary plot of 8 studies, ", output, StringComparison.Ordinal);
        Assert.Contains("Percentage of studies", PlotForestFunnelTests.Texts(System.IO.File.ReadAllText(path)));
    }

    [Fact]
    public void Rob_BadJudgementAndWrongDomainCount_AreLocated()
    {
        var bad = Rob2Csv.Replace("Fukuoka 2019,Low,Low,Low", "Fukuoka 2019,Low,Probably low,Low", StringComparison.Ordinal).Replace("Edney 2020,Low,Low,Low,Low,Low,Low", "Edney 2020,Low,Low,Low,Low,Low,Unclear", StringComparison.Ordinal);
        var (exit, _, error) = Cli.Run("plot", "rob", File("bad.csv", bad), "-o", "-");
        Assert.Equal(2, exit);
        Assert.Contains("bad.csv:5: column 'D2' (study 'Fukuoka 2019'): 'Probably low' is not a judgement; use Low, Some concerns, High", error, StringComparison.Ordinal);
        Assert.Contains("bad.csv:3: column 'Overall' (study 'Edney 2020'): 'Unclear' is not a RoB 2 judgement; use Low, Some concerns, High, No information.", error, StringComparison.Ordinal);
        Assert.Contains("2 problems in '", error, StringComparison.Ordinal);

        var (exit1, _, error1) = Cli.Run("plot", "rob", File("rob.csv", Rob2Csv), "--tool", "rob1", "-o", "-");
        Assert.Equal(2, exit1);
        Assert.Contains("rob.csv:1: RoB 1 has 7 domains (D1, D2, D3, D4, D5, D6, D7) but the file has 5 domain columns", error1, StringComparison.Ordinal);
    }

    [Fact]
    public void Rob_CustomTool_TakesTheFilesDomains()
    {
        var csv = "Study,Sequence generation,Overall\nAronson 1948,Low,Low\nStein & Aronson 1953,High,High\n";
        var (exit, svg, error) = Cli.Run("plot", "rob", File("custom.csv", csv), "--tool", "custom", "-o", "-");
        Assert.True(exit == 0, error);
        Assert.Contains("D1: Sequence generation", PlotForestFunnelTests.Texts(svg));
    }

    [Theory]
    [InlineData("counts.csv", PrismaCsv)]
    [InlineData("counts.json", PrismaJson)]
    public void Aeds2025_PrismaFromCsvOrJson(string name, string content)
    {
        var (exit, svg, error) = Cli.Run("plot", "prisma", File(name, content), "-o", "-");
        Assert.True(exit == 0, error);
        var texts = PlotForestFunnelTests.Texts(svg);
        // "(n = 162)" is held together by no-break spaces.
        Assert.Contains("Databases (n\u00A0=\u00A0162)", texts);
        Assert.Contains("Abstract content (n\u00A0=\u00A088)", texts);
        Assert.Contains("Studies included in review (n\u00A0=\u00A022)", texts);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void Prisma_ProblemsAreLocatedAndInconsistenciesWarned()
    {
        var bad = PrismaCsv.Replace("records_excluded,,25", "records_excluded,,-25", StringComparison.Ordinal).Replace("studies_included,,22", "studies_includ,,22", StringComparison.Ordinal);
        var (exit, _, error) = Cli.Run("plot", "prisma", File("bad.csv", bad), "-o", "-");
        Assert.Equal(2, exit);
        Assert.Contains("bad.csv:6: column 'count' (records_excluded): must be a whole number >= 0, got '-25'.", error, StringComparison.Ordinal);
        Assert.Contains("bad.csv:11: studies_includ: unknown field 'studies_includ'", error, StringComparison.Ordinal);
        Assert.Contains("studies_included is missing.", error, StringComparison.Ordinal);

        var inconsistent = PrismaCsv.Replace("records_screened,,139", "records_screened,,140", StringComparison.Ordinal);
        var (exit2, _, error2) = Cli.Run("plot", "prisma", File("inconsistent.csv", inconsistent), "-o", "-");
        Assert.Equal(0, exit2);
        Assert.Contains("warning: ", error2, StringComparison.Ordinal);
        Assert.Contains("Records screened (identified − removed before screening): expected 139 from the other boxes, got 140", error2, StringComparison.Ordinal);

        var (exit3, _, error3) = Cli.Run("plot", "prisma", File("broken.json", "{ \"records_screened\": 139,"), "-o", "-");
        Assert.Equal(2, exit3);
        Assert.Contains("broken.json:1: not valid JSON", error3, StringComparison.Ordinal);
    }

    private string File(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(path, content.ReplaceLineEndings("\n"));
        return path;
    }
}
