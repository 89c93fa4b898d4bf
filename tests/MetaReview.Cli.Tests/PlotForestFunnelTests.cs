using System.Text;
using System.Xml.Linq;

namespace MetaReview.Cli.Tests;

/// <summary>
/// <c>metareview plot forest|funnel</c> end to end on real data: the BCG trials (Colditz 1994, metadat dat.bcg) and
/// RevMan 5's export of the Fleiss 1993 trials, with the values of docs/METHODS-REFERENCE.md §3.
/// </summary>
public sealed class PlotForestFunnelTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("metareview-plot-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>REML (metafor's default): RR exp(−0.7145) = 0.49 [exp(−1.0669), exp(−0.3622)] = [0.34, 0.70].</summary>
    [Fact]
    public void Colditz1994Bcg_Forest_Svg()
    {
        var path = Path.Combine(_dir, "bcg.svg");
        var (exit, output, error) = Cli.Run("plot", "forest", Cli.Data("dat.bcg.csv"), "-o", path);
        Assert.True(exit == 0, error);
        Assert.StartsWith($"{path}: forest plot of 13 studies, ", output, StringComparison.Ordinal);
        var texts = Texts(File.ReadAllText(path));
        Assert.Contains("0.49 [0.34, 0.70]", texts);
        Assert.Contains("IV, Random (REML), 95% CI", texts);
        Assert.Contains("Aronson 1948", texts);
    }

    /// <summary>RevMan 5's own numbers: OR 0.90 [0.84, 0.96]; Chi² = 9.95, df = 6 (P = 0.13); I² = 40%.</summary>
    [Fact]
    public void Fleiss1993_RevMan5Preset_PrintsRevMansNumbers()
    {
        var path = Path.Combine(_dir, "aspirin.svg");
        var (exit, _, error) = Cli.Run("plot", "forest", Cli.Data("revman5-fleiss1993-aspirin.csv"), "--measure", "OR", "--preset", "revman5", "--label-e", "Aspirin", "-o", path);
        Assert.True(exit == 0, error);
        var texts = Texts(File.ReadAllText(path));
        Assert.Contains("0.90 [0.84, 0.96]", texts);
        Assert.Contains("Heterogeneity: Chi² = 9.95, df = 6 (P = 0.13); I² = 40%", texts);
        Assert.Contains("Aspirin", texts);
        Assert.Contains("Favours Aspirin", texts);
        Assert.Contains("Favours [control]", texts);
    }

    /// <summary>Subgroups by allocation, REML within each (METHODS-REFERENCE: random −0.9710, alternate −0.5408, systematic −0.4242).</summary>
    [Fact]
    public void Colditz1994Bcg_SubgroupsByAllocation()
    {
        var (exit, svg, error) = Cli.Run("plot", "forest", Cli.Data("dat.bcg.csv"), "--subgroup", "alloc", "--sort", "year", "-o", "-");
        Assert.True(exit == 0, error);
        var texts = Texts(svg);
        Assert.Equal(["random", "alternate", "systematic"], texts.Where(t => t is "random" or "alternate" or "systematic"));
        Assert.Contains("0.38 [0.22, 0.65]", texts);
        Assert.Contains("0.58 [0.34, 1.01]", texts);
        Assert.Contains("0.65 [0.32, 1.32]", texts);
        Assert.Contains(texts, t => t.StartsWith("Test for subgroup differences: Chi² = ", StringComparison.Ordinal));
        Assert.True(texts.IndexOf("Stein & Aronson 1953") < texts.IndexOf("Frimodt-Moller et al 1973"), "sorted by year within the subgroup");
    }

    [Fact]
    public void CompactLayout_AndPdf()
    {
        var path = Path.Combine(_dir, "bcg.pdf");
        var (exit, _, error) = Cli.Run("plot", "forest", Cli.Data("dat.bcg.csv"), "--layout", "compact", "--title", "BCG vaccine", "-o", path);
        Assert.True(exit == 0, error);
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(File.ReadAllBytes(path), 0, 5));
        var (_, svg, _) = Cli.Run("plot", "forest", Cli.Data("dat.bcg.csv"), "--layout", "compact", "-o", "-");
        Assert.Contains("RR (95% CI)", Texts(svg));
    }

    [Fact]
    public void HostileStudyName_IsEscaped()
    {
        var data = Path.Combine(_dir, "hostile.csv");
        File.WriteAllLines(data, File.ReadAllLines(Cli.Data("dat.bcg.csv")).Select((l, i) => i == 1 ? l.Replace("\"Aronson\"", "\"<script>alert(1)</script> & \"\"Smith\"\"\"", StringComparison.Ordinal) : l));
        var (exit, svg, error) = Cli.Run("plot", "forest", data, "-o", "-");
        Assert.True(exit == 0, error);
        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script> & \"Smith\" 1948", Texts(svg));
    }

    [Fact]
    public void Colditz1994Bcg_Funnel_ContourEnhanced()
    {
        var (exit, svg, error) = Cli.Run("plot", "funnel", Cli.Data("dat.bcg.csv"), "--contour", "-o", "-");
        Assert.True(exit == 0, error);
        var texts = Texts(svg);
        Assert.Contains("SE(log[RR])", texts);
        Assert.Contains("Risk Ratio", texts);
        Assert.Contains("p < 0.01", texts);
    }

    /// <summary>
    /// Trim and fill of the fixed-effect model fills 4 studies on the right, adjusted RR exp(−0.2910) = 0.7475; Egger's
    /// classical test t = −1.4013, df = 11, p = 0.1887 (metafor 3.8-1 trimfill and regtest(model="lm")).
    /// </summary>
    [Fact]
    public void Colditz1994Bcg_Funnel_TrimAndFillAndEgger()
    {
        var (exit, svg, error) = Cli.Run("plot", "funnel", Cli.Data("dat.bcg.csv"), "--model", "fixed", "--trimfill", "--egger", "-o", "-");
        Assert.True(exit == 0, error);
        Assert.Contains("note: trim and fill: 4 studies filled on the right; adjusted estimate 0.7475", error, StringComparison.Ordinal);
        Assert.Contains("note: Egger's test: t = -1.4013, df = 11, p = 0.1887", error, StringComparison.Ordinal);
        var texts = Texts(svg);
        Assert.Contains("Filled by trim and fill", texts);
        Assert.Contains("Adjusted estimate (trim and fill)", texts);
        Assert.Contains("Egger's regression line", texts);
    }

    [Fact]
    public void Funnel_ContoursForProportions_AreAnInputError()
    {
        var (exit, _, error) = Cli.Run("plot", "funnel", Cli.Data("dat.pritz1997.csv"), "--contour", "-o", Path.Combine(_dir, "f.svg"));
        Assert.Equal(2, exit);
        Assert.Contains("metareview plot funnel: a contour-enhanced funnel plot needs a value of no effect", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("metareview plot forest: give the file to write with -o FILE.svg", "plot", "forest", "DATA")]
    [InlineData("metareview plot forest: cannot tell the format of 'x.gif' from its extension '.gif'", "plot", "forest", "DATA", "-o", "x.gif")]
    [InlineData("metareview: --subgroup: there is no column 'region' in 'dat.bcg.csv'. Columns that can be used: trial, year, ablat, alloc.", "plot", "forest", "DATA", "--subgroup", "region", "-o", "-")]
    [InlineData("lines at 8 pt needs a height of at least ", "plot", "forest", "DATA", "--height", "50", "-o", "-")]
    [InlineData("metareview plot funnel: a funnel plot 90 pt wide leaves ", "plot", "funnel", "DATA", "--width", "90", "-o", "-")]
    public void BadOptions_ExitWithCode2AndSayWhy(string message, params string[] args)
    {
        var (exit, output, error) = Cli.Run([.. args.Select(a => a == "DATA" ? Cli.Data("dat.bcg.csv") : a)]);
        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public void SortByYear_WithoutAYearColumn_SaysSo()
    {
        var (exit, _, error) = Cli.Run("plot", "forest", Cli.Data("dat.normand1999.csv"), "--sort", "year", "-o", "-");
        Assert.Equal(2, exit);
        Assert.Contains("--sort year needs a 'year' column in '", error, StringComparison.Ordinal);
    }

    /// <summary>A bad value in the data file is reported as 'analyze' reports it: file, line, column, study and value.</summary>
    [Fact]
    public void BadData_NamesFileLineColumnAndValue()
    {
        var data = Path.Combine(_dir, "bad.csv");
        File.WriteAllLines(data, File.ReadAllLines(Cli.Data("dat.bcg.csv")).Select((l, i) => i == 3 ? l.Replace(",3,228,", ",-3,228,", StringComparison.Ordinal) : l));
        var (exit, _, error) = Cli.Run("plot", "forest", data, "-o", Path.Combine(_dir, "bad.svg"));
        Assert.Equal(2, exit);
        Assert.Contains("bad.csv:4: column 'tpos' (study 'Rosenthal et al 1960'): ", error, StringComparison.Ordinal);
        Assert.Contains("-3", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "bad.svg")));
    }

    internal static List<string> Texts(string svg) =>
        [.. XDocument.Parse(svg).Descendants(XName.Get("text", "http://www.w3.org/2000/svg")).Select(t => t.Value)];
}
