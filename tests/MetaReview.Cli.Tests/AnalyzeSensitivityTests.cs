using System.Text.Json;
using static MetaReview.Cli.Tests.AnalyzeMetaRegressionTests;

namespace MetaReview.Cli.Tests;

/// <summary>
/// <c>metareview analyze</c> with the sensitivity options (<c>--leave-one-out</c>, <c>--cumulative</c>, <c>--influence</c>,
/// <c>--baujat</c>, <c>--restrict</c>, <c>--gosh</c>) end to end on the BCG trials (Colditz et al. 1994, metadat dat.bcg),
/// against the published values in docs/METHODS-REFERENCE.md §3 and metafor 3.8-1 (R 4.2.2) at full precision, each
/// beside its R call, after <c>dat &lt;- escalc(measure="RR", ai=tpos, bi=tneg, ci=cpos, di=cneg, data=dat.bcg)</c>,
/// <c>ctl &lt;- list(threshold=1e-12, maxiter=10000, tol=1e-12)</c> and <c>res &lt;- rma(yi, vi, data=dat, control=ctl)</c>.
/// </summary>
public class AnalyzeSensitivityTests
{
    [Fact]
    public void Colditz1994_LeaveOneOut_WithoutStudy8_MatchesThePublishedValuesAndMetafor()
    {
        var rows = Json("--leave-one-out").GetProperty("leave_one_out").EnumerateArray().ToList();
        Assert.Equal(13, rows.Count);
        var madras = rows[7];
        Assert.Equal("TPT Madras 1980", madras.GetProperty("omitted").GetString());
        Assert.Equal(12, madras.GetProperty("k").GetInt32());

        // Published (METHODS-REFERENCE §3): without study 8 −0.7948 [−1.1473, −0.4422], tau² 0.2732.
        Tolerance.Published(-0.7948, madras.GetProperty("estimate").GetDouble(), 4);
        Tolerance.Published(-1.1473, madras.GetProperty("ci_lower").GetDouble(), 4);
        Tolerance.Published(-0.4422, madras.GetProperty("ci_upper").GetDouble(), 4);
        Tolerance.Published(0.2732, madras.GetProperty("tau2").GetDouble(), 4);

        // as.data.frame(leave1out(res))[8, ]: estimate, se, ci.lb, ci.ub, tau2, I2, Q
        Row([-0.79476760451552153, 0.17987768598058249, -1.1473213906598685, -0.44221381837117452, 0.27318292938666539, 87.031362739574504, 67.985811499084903], madras);

        // as.data.frame(leave1out(res))[1, ]
        Assert.Equal("Aronson 1948", rows[0].GetProperty("omitted").GetString());
        Row([-0.70708378469926159, 0.18996101452887812, -1.0794005316425526, -0.33476703775597055, 0.33615670180367124, 93.225934093975681, 151.582572747108600], rows[0]);
    }

    [Fact]
    public void Colditz1994_CumulativeByYear_MatchesMetafor()
    {
        var root = Json("--cumulative=year");
        Assert.Equal("year", root.GetProperty("sensitivity").GetProperty("cumulative_order").GetString());
        var steps = root.GetProperty("cumulative").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, 13), steps.Select(s => s.GetProperty("k").GetInt32()));

        // as.data.frame(cumul(res, order=dat$year)): rows 1, 2 and 13 (Aronson 1948, Ferguson & Simes 1949, TPT Madras 1980)
        Assert.Equal(["Aronson 1948", "Ferguson & Simes 1949"], steps.Take(2).Select(s => s.GetProperty("added").GetString()));
        Assert.Equal("TPT Madras 1980", steps[12].GetProperty("added").GetString());
        Row([-0.88931133392020523, 0.57060035489295069, -2.0076674790761615, 0.22904481123575127, 0, 0, 0], steps[0]);
        Row([-1.32500344224487510, 0.34898877228738301, -2.0090088669369957, -0.64099801755275443, 0, 0, 0.9314790774491557], steps[1]);
        Row([-0.71453234215813966, 0.17978151610520687, -1.0668976388103528, -0.36216704550592654, 0.3132432581364859, 92.221384521269073, 152.2330080823732601], steps[12]);
    }

    [Fact]
    public void Colditz1994_CumulativeInDataOrder_MatchesMetafor()
    {
        var root = Json("--cumulative");
        Assert.Equal(JsonValueKind.Null, root.GetProperty("sensitivity").GetProperty("cumulative_order").ValueKind);
        var steps = root.GetProperty("cumulative").EnumerateArray().ToList();

        // as.data.frame(cumul(res))[2, ]: Aronson and Ferguson & Simes, the first two rows of the file
        Assert.Equal("Ferguson & Simes 1949", steps[1].GetProperty("added").GetString());
        Row([-1.32500344224487510, 0.34898877228738301, -2.0090088669369957, -0.64099801755275443, 0, 0, 0.9314790774491557], steps[1]);
        Assert.Equal("Comstock et al 1976", steps[12].GetProperty("added").GetString());
    }

    [Fact]
    public void Colditz1994_InfluenceAndBaujat_MatchMetafor()
    {
        var root = Json("--influence", "--baujat");
        var influence = root.GetProperty("influence").EnumerateArray().ToList();
        Assert.Equal(13, influence.Count);

        // inf <- influence(res); cbind(inf$inf, dfbs=inf$dfbs$intrcpt)[8, ]; which(inf$is.infl) is empty
        var madras = influence[7];
        Assert.Equal("TPT Madras 1980", madras.GetProperty("study").GetString());
        double[] expected = [1.45008052456805858, 0.477460007374163775, 0.19917759173866556033, 1.0010701389037224, 0.27318292938666539, 67.985811499084903, 0.101894390370956614, 10.1894390370956636, 0.471373883729408694];
        string[] keys = ["rstudent", "dffits", "cook_d", "cov_r", "tau2_del", "qe_del", "hat", "weight_percent", "dfbetas"];
        for (var i = 0; i < keys.Length; i++)
        {
            Near(expected[i], madras, keys[i]);
        }

        Assert.All(influence, r => Assert.False(r.GetProperty("influential").GetBoolean()));

        // inf$inf[6, ] (Stein & Aronson 1953): rstudent, cov.r, QE.del
        Near(-0.11799949055617312, influence[5], "rstudent");
        Near(1.2407164270388120, influence[5], "cov_r");
        Near(128.186664682906382, influence[5], "qe_del");

        // baujat(res)[c(1, 8), ]: x, y
        var baujat = root.GetProperty("baujat").EnumerateArray().ToList();
        Assert.Equal("Aronson 1948", baujat[0].GetProperty("study").GetString());
        Near(0.047818340546792681, baujat[0], "x");
        Near(0.0015375009184631794, baujat[0], "y");
        Near(1.663845949732909002, baujat[7], "x");
        Near(0.1989646719027960142, baujat[7], "y");
    }

    [Fact]
    public void Colditz1994_RestrictedToRandomAllocation_MatchesMetaforBesideAllStudies()
    {
        var restricted = Json("--restrict", "alloc=Random").GetProperty("restricted");
        Assert.Equal("alloc", restricted.GetProperty("column").GetString());
        Assert.Equal("random", restricted.GetProperty("value").GetString());
        Assert.Equal(7, restricted.GetProperty("included").GetArrayLength());
        Assert.Equal(6, restricted.GetProperty("excluded").GetArrayLength());

        // s <- rma(yi, vi, data=dat, subset=alloc=="random", control=ctl): k, beta, se, ci.lb, ci.ub, tau2, I2, QE
        var subset = restricted.GetProperty("subset");
        Assert.Equal(7, subset.GetProperty("k").GetInt32());
        Row([-0.97096470426308867, 0.27595610297276973, -1.51182872740374386, -0.43010068112243349, 0.39252800690077383, 89.93431570126243457, 110.21326117518790966], subset);

        // res: beta, se (METHODS-REFERENCE §3: REML −0.7145 (SE 0.1798))
        var all = restricted.GetProperty("all");
        Assert.Equal(13, all.GetProperty("k").GetInt32());
        Near(-0.71453234215813966, all, "estimate");
        Near(-0.97096470426308867 - -0.71453234215813966, restricted, "difference");
    }

    [Fact]
    public void Colditz1994_Gosh_WritesEverySubsetWithTheFullModelAsTheAllOnesRow()
    {
        var file = Path.Combine(Path.GetTempPath(), $"gosh-{Guid.NewGuid():N}.csv");
        try
        {
            var gosh = Json("--gosh", file).GetProperty("gosh");
            Assert.Equal(8191, gosh.GetProperty("subsets").GetInt64());
            Assert.True(gosh.GetProperty("exhaustive").GetBoolean());
            Assert.Equal(JsonValueKind.Null, gosh.GetProperty("seed").ValueKind);

            var lines = File.ReadAllLines(file);
            Assert.Equal("subset,k,estimate,tau2,i2,q", lines[0]);
            Assert.Equal(8192, lines.Length);
            Assert.Equal(8191, lines.Skip(1).Select(l => l.Split(',')[0]).Distinct().Count());

            // The subset of all 13 studies is the full model: res$beta, res$tau2, res$I2, res$QE.
            var full = lines.Single(l => l.StartsWith("1111111111111,", StringComparison.Ordinal)).Split(',');
            Assert.Equal("13", full[1]);
            Tolerance.Relative(-0.71453234215813966, double.Parse(full[2], System.Globalization.CultureInfo.InvariantCulture), Tolerance.Iterative, "estimate");
            Tolerance.Relative(0.3132432581364859, double.Parse(full[3], System.Globalization.CultureInfo.InvariantCulture), Tolerance.Iterative, "tau2");
            Tolerance.Relative(152.2330080823732601, double.Parse(full[5], System.Globalization.CultureInfo.InvariantCulture), Tolerance.Iterative, "q");

            // Study 8 alone (bit 8 set): its own yi, tau² 0, Q 0.
            var madras = lines.Single(l => l.StartsWith("0000000100000,", StringComparison.Ordinal)).Split(',');
            Assert.Equal(["0000000100000", "1"], madras[..2]);
            Tolerance.Relative(Math.Log(505.0 / 88391 / (499.0 / 88391)), double.Parse(madras[2], System.Globalization.CultureInfo.InvariantCulture), Tolerance.ClosedForm, "yi");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Colditz1994_GoshRandomSubsets_AreReproducibleBySeed()
    {
        var first = Path.Combine(Path.GetTempPath(), $"gosh-{Guid.NewGuid():N}.csv");
        var second = Path.Combine(Path.GetTempPath(), $"gosh-{Guid.NewGuid():N}.csv");
        try
        {
            var gosh = Json("--gosh", first, "--subsets", "500", "--seed", "7").GetProperty("gosh");
            Json("--gosh", second, "--subsets", "500", "--seed", "7");
            Assert.False(gosh.GetProperty("exhaustive").GetBoolean());
            Assert.Equal(7, gosh.GetProperty("seed").GetInt32());
            Assert.Equal(501, File.ReadAllLines(first).Length);
            Assert.Equal(File.ReadAllText(first), File.ReadAllText(second));
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }

    [Fact]
    public void Colditz1994_LeaveOneOutCsv_HasTheJsonColumns()
    {
        var (exit, output, error) = Cli.Run("analyze", Cli.Data("dat.bcg.csv"), "--format", "csv", "--leave-one-out");
        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("omitted,k,estimate,se,ci_lower,ci_upper,tau2,i2,q", lines[0]);
        Assert.Equal(14, lines.Length);
        var madras = lines[8].Split(',');
        Assert.Equal("TPT Madras 1980", madras[0]);
        Tolerance.Relative(-0.79476760451552153, double.Parse(madras[2], System.Globalization.CultureInfo.InvariantCulture), Tolerance.Iterative, "estimate");
    }

    [Theory]
    [InlineData("--cumulative=yaer", "there is no column 'yaer'")]
    [InlineData("--cumulative=alloc", "dat.bcg.csv:2: --cumulative alloc: study 'Aronson 1948' needs a number to be ordered by, got 'random'")]
    [InlineData("--restrict=alloc=blinded", "no analysed study has alloc = 'blinded'; its values are: alternate, random, systematic")]
    [InlineData("--restrict=alloc", "write COLUMN=VALUE")]
    [InlineData("--subsets=10", "--subsets needs --gosh FILE.csv")]
    [InlineData("--trimfill-side=left", "--trimfill-side needs --bias")]
    [InlineData("--gosh=-", "--gosh needs a file name")]
    public void BadSensitivityOptions_ExitWithCode2AndSayWhy(string option, string message)
    {
        var (exit, output, error) = Cli.Run("analyze", Cli.Data("dat.bcg.csv"), option);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void MantelHaenszel_IsRefusedWithTheSuggestionOfInverseVariance()
    {
        var (exit, _, error) = Cli.Run("analyze", Cli.Data("dat.bcg.csv"), "--method", "MH", "--leave-one-out", "--bias");
        Assert.Equal(2, exit);
        Assert.Contains("--leave-one-out, --bias refit inverse-variance models", error, StringComparison.Ordinal);
        Assert.Contains("add --method IV", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--leave-one-out", "--influence")]
    [InlineData("--subgroup=alloc", "--cumulative")]
    [InlineData("--bias", "")]
    [InlineData("--restrict=alloc=random", "")]
    public void CsvWithTwoTablesOrNone_IsRefused(string first, string second)
    {
        string[] args = ["analyze", Cli.Data("dat.bcg.csv"), "--format", "csv", first, .. second.Length > 0 ? new[] { second } : []];
        var (exit, _, error) = Cli.Run(args);
        Assert.Equal(2, exit);
        Assert.Contains("use --format json or text", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Colditz1994_TextOutput_MatchesTheSnapshot()
    {
        var (exit, output, error) = Cli.Run("analyze", Cli.Data("dat.bcg.csv"), "--leave-one-out", "--cumulative=year", "--influence", "--baujat",
            "--restrict", "alloc=random", "--bias", "--fsn-target", "-0.05129329438755058");
        Assert.True(exit == 0, error);
        Snapshot.Match("analyze-bcg-sensitivity", output);
    }

    private static void Row(double[] expected, JsonElement row)
    {
        string[] keys = ["estimate", "se", "ci_lower", "ci_upper", "tau2", "i2", "q"];
        for (var i = 0; i < keys.Length; i++)
        {
            if (expected[i] == 0)
            {
                Assert.Equal(0, row.GetProperty(keys[i]).GetDouble(), 10);
            }
            else
            {
                Near(expected[i], row, keys[i]);
            }
        }
    }

    /// <summary>The JSON of <c>analyze dat.bcg.csv --format json</c> with the given options.</summary>
    internal static JsonElement Json(params string[] options)
    {
        var (exit, output, error) = Cli.Run(["analyze", Cli.Data("dat.bcg.csv"), "--format", "json", .. options]);
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement;
    }
}
