using System.Text.Json;
using static MetaReview.Cli.Tests.AnalyzeMetaRegressionTests;

namespace MetaReview.Cli.Tests;

/// <summary>
/// <c>metareview analyze --subgroup</c> end to end on the BCG trials (Colditz et al. 1994, metadat dat.bcg) by allocation
/// method. Expected values from metafor 3.8-1 on R 4.2.2 at full precision, each beside its R call, after
/// <c>dat &lt;- escalc(measure="RR", ai=tpos, bi=tneg, ci=cpos, di=cneg, data=dat.bcg)</c> and with
/// <c>ctl &lt;- list(threshold=1e-12, maxiter=10000, tol=1e-12)</c>; published subgroup estimates from
/// docs/METHODS-REFERENCE.md §3. The text output of a combined run is a snapshot.
/// </summary>
public class AnalyzeSubgroupTests
{
    private static readonly string[] Levels = ["alternate", "random", "systematic"];

    [Fact]
    public void Colditz1994_ByAllocation_SeparateTau2_MatchesMetaforAndThePublishedEstimates()
    {
        var root = Json("--subgroup", "alloc");
        var subgroups = root.GetProperty("subgroups").EnumerateArray().ToList();
        Assert.Equal(Levels, subgroups.Select(s => s.GetProperty("name").GetString()));

        // Published (METHODS-REFERENCE §3): alternate −0.5408 (k 2), random −0.9710 (k 7), systematic −0.4242 (k 4).
        Assert.Equal([2, 7, 4], subgroups.Select(s => s.GetProperty("k").GetInt32()));
        Tolerance.Published(-0.5408, subgroups[0].GetProperty("estimate").GetDouble(), 4);
        Tolerance.Published(-0.9710, subgroups[1].GetProperty("estimate").GetDouble(), 4);
        Tolerance.Published(-0.4242, subgroups[2].GetProperty("estimate").GetDouble(), 4);

        // for (l in levels) rma(yi, vi, data=dat, subset=alloc==l, control=ctl): k, beta, se, ci.lb, ci.ub, tau2, I2, QE, QEp
        double[][] expected =
        [
            [2, -0.540792961849345777, 0.281601613103887982, -1.092721981521348695, 0.011136057822657142, 0.132577039878092773, 82.022515566664154107, 5.562513507983849692, 0.018349051409957032],
            [7, -0.97096470426308867, 0.27595610297276973, -1.5118287274037439, -0.43010068112243349, 0.39252800690077383, 89.934315701262435, 110.21326117518791, 1.8392075446570592e-21],
            [4, -0.42420739151087188956, 0.35974523243312445109, -1.12929509068978628505, 0.28088030766804256144, 0.40034588017511807401, 86.42211959006762356239, 16.59186357953582202640, 0.00085732963238795026],
        ];
        for (var g = 0; g < 3; g++)
        {
            Level(expected[g], subgroups[g]);
        }

        // me <- rma(yi, vi, mods = ~ factor(alloc), data=dat, control=ctl): QM, QMdf, QMp, tau2
        var test = root.GetProperty("subgroup_test");
        Near(1.76751140193194489, test, "q");
        Assert.Equal(2, test.GetProperty("df").GetInt32());
        Assert.Equal(JsonValueKind.Null, test.GetProperty("df_denominator").ValueKind);
        Near(0.41322803275731662, test, "p_value");
        Near(0.36150366432389963, test, "tau2_residual");

        // qb <- rma(estimates, sei=their SEs, method="FE"): QE, QEp, I2
        var between = root.GetProperty("q_between");
        Near(1.86144494615463563, between, "q");
        Assert.Equal(2, between.GetProperty("df").GetInt32());
        Near(0.39426875888558488, between, "p_value");
        Assert.Equal(0, between.GetProperty("i2").GetDouble());

        var analysis = root.GetProperty("subgroup_analysis");
        Assert.Equal("alloc", analysis.GetProperty("column").GetString());
        Assert.Equal("separate", analysis.GetProperty("tau2").GetString());
        Assert.Equal(JsonValueKind.Null, analysis.GetProperty("tau2_common").ValueKind);
        Assert.Equal(0, analysis.GetProperty("excluded").GetArrayLength());
        Tolerance.Relative(Math.Exp(-0.97096470426308867), subgroups[1].GetProperty("back_transformed").GetProperty("estimate").GetDouble(), Tolerance.Iterative, "RR random");
        Assert.Equal(["Aronson 1948", "Ferguson & Simes 1949", "Rosenthal et al 1960", "Hart & Sutherland 1977", "Vandiviere et al 1973", "TPT Madras 1980", "Coetzee & Berjak 1968"],
            subgroups[1].GetProperty("studies").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public void Colditz1994_ByAllocation_EveryDocumentedKeyIsPresent()
    {
        var root = Json("--subgroup", "alloc");
        string[] subgroupKeys = ["name", "k", "estimate", "se", "ci_lower", "ci_upper", "tau2", "i2", "q", "q_df", "q_p"];
        foreach (var key in subgroupKeys)
        {
            Assert.True(root.GetProperty("subgroups")[0].TryGetProperty(key, out _), $"subgroups[] lacks '{key}'");
        }

        Assert.Equal(["q", "df", "df_denominator", "p_value", "tau2_residual"], root.GetProperty("subgroup_test").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["q", "df", "p_value", "i2"], root.GetProperty("q_between").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Colditz1994_ByAllocation_CommonTau2_PoolsEachSubgroupWithTheResidualTau2()
    {
        var root = Json("--subgroup", "alloc", "--subgroup-tau2", "common");
        Assert.Equal("common", root.GetProperty("subgroup_analysis").GetProperty("tau2").GetString());
        Near(0.36150366432389963, root.GetProperty("subgroup_analysis"), "tau2_common");

        // for (l in levels) rma(yi, vi, data=dat, subset=alloc==l, tau2=me$tau2, control=ctl)
        double[][] expected =
        [
            [2, -0.517955777155299835, 0.441194460386783394, -1.382681029691978702, 0.346769475381379033, 0.361503664323899632, 92.559970484601279850, 5.562513507983849692, 0.018349051409957032],
            [7, -0.96577417854582470, 0.26724409406522903, -1.4895629779947079, -0.44198537909694147, 0.36150366432389963, 89.164080920296698, 110.21326117518791, 1.8392075446570592e-21],
            [4, -0.42891756092359184516, 0.34494536762525290774, -1.10499805810301632292, 0.24716293625583257709, 0.36150366432389963167, 85.17944313661125477211, 16.59186357953582202640, 0.00085732963238795026],
        ];
        var subgroups = root.GetProperty("subgroups").EnumerateArray().ToList();
        for (var g = 0; g < 3; g++)
        {
            Level(expected[g], subgroups[g]);
        }

        // With a common tau² the Q between the subgroup estimates equals the mixed-effects QM: rma(estimates, sei=, method="FE")$QE.
        Near(1.76751140193194756, root.GetProperty("q_between"), "q");
        Near(1.76751140193194489, root.GetProperty("subgroup_test"), "q");
    }

    [Fact]
    public void Colditz1994_ByAllocation_Knha_GivesTheFTest()
    {
        // rma(yi, vi, mods = ~ factor(alloc), data=dat, test="knha", control=ctl): F(2, 10)
        var test = Json("--subgroup", "alloc", "--test", "knha").GetProperty("subgroup_test");
        Near(0.96622084481330250, test, "q");
        Assert.Equal(2, test.GetProperty("df").GetInt32());
        Assert.Equal(10, test.GetProperty("df_denominator").GetInt32());
        Near(0.41338374572166542, test, "p_value");
    }

    [Fact]
    public void Colditz1994_ByAllocation_RevMan5Preset_PoolsEachSubgroupWithMantelHaenszel()
    {
        var root = Json("--subgroup", "alloc", "--preset", "revman5");
        Assert.Equal("MH", root.GetProperty("settings").GetProperty("method").GetString());

        // for (l in levels) rma.mh(ai=tpos, bi=tneg, ci=cpos, di=cneg, data=dat.bcg[dat.bcg$alloc==l, ], measure="RR"): k, beta, se, ci.lb, ci.ub
        double[][] expected =
        [
            [2, -0.710489628693012465, 0.077709123904884936, -0.862796712816747524, -0.558182544569277406],
            [7, -0.35050584045161781, 0.052421004063108644, -0.45324912044873855, -0.24776256045449704],
            [4, -0.44477623955503453601, 0.09353748493203267733, -0.62810634122627650999, -0.26144613788379256203],
        ];
        var subgroups = root.GetProperty("subgroups").EnumerateArray().ToList();
        for (var g = 0; g < 3; g++)
        {
            Assert.Equal((int)expected[g][0], subgroups[g].GetProperty("k").GetInt32());
            string[] keys = ["estimate", "se", "ci_lower", "ci_upper"];
            for (var j = 0; j < keys.Length; j++)
            {
                Tolerance.Relative(expected[g][j + 1], subgroups[g].GetProperty(keys[j]).GetDouble(), Tolerance.ClosedForm, $"{Levels[g]}.{keys[j]}");
            }
        }

        // rma(MH estimates, sei=MH SEs, method="FE"): QE, QEp, I2 (RevMan's test for subgroup differences).
        var between = root.GetProperty("q_between");
        Tolerance.Relative(14.779808626579570, between.GetProperty("q").GetDouble(), Tolerance.ClosedForm, "Q between");
        Tolerance.Relative(6.1745503292378765e-04, between.GetProperty("p_value").GetDouble(), Tolerance.ClosedForm, "p");
        Tolerance.Relative(86.468025056811229, between.GetProperty("i2").GetDouble(), Tolerance.ClosedForm, "I2");
        Assert.Equal(JsonValueKind.Null, root.GetProperty("subgroup_test").ValueKind);
        Assert.Contains(root.GetProperty("subgroup_analysis").GetProperty("warnings").EnumerateArray(),
            w => w.GetString() == "The mixed-effects test for subgroup differences is an inverse-variance model; it is not given with Mantel–Haenszel pooling.");
    }

    [Fact]
    public void Colditz1994_ByYear_SingleStudySubgroups_WorkAndSaySo()
    {
        var root = Json("--subgroup", "year");
        var subgroups = root.GetProperty("subgroups").EnumerateArray().ToList();
        Assert.Equal(12, subgroups.Count);
        Assert.Equal("1948", subgroups[0].GetProperty("name").GetString());
        var aronson = subgroups[0];
        Assert.Equal(1, aronson.GetProperty("k").GetInt32());
        Assert.Equal(0, aronson.GetProperty("tau2").GetDouble());
        Assert.Equal(0, aronson.GetProperty("q_df").GetInt32());
        Assert.Equal(root.GetProperty("studies")[0].GetProperty("yi").GetDouble(), aronson.GetProperty("estimate").GetDouble());
        Assert.Contains(root.GetProperty("subgroup_analysis").GetProperty("warnings").EnumerateArray(),
            w => w.GetString() == "Subgroup '1948' has a single study (Aronson 1948): its estimate is that study's and its heterogeneity cannot be assessed.");

        // rma(yi, vi, data=dat, subset=year==1973, control=ctl): k, beta, se, tau2
        var pair = subgroups.Single(s => s.GetProperty("name").GetString() == "1973");
        Assert.Equal(2, pair.GetProperty("k").GetInt32());
        Near(-0.85800961686779409, pair, "estimate");
        Near(0.69900027727746816, pair, "se");
        Near(0.84758316634101438, pair, "tau2");

        // rma(yi, vi, mods = ~ factor(year), data=dat, control=ctl): QM, QMdf, QMp, tau2
        var test = root.GetProperty("subgroup_test");
        Near(4.54727070810406797, test, "q");
        Assert.Equal(11, test.GetProperty("df").GetInt32());
        Near(0.95109862753278340, test, "p_value");
        Near(0.84758316634101427, test, "tau2_residual");
    }

    [Fact]
    public void MissingSubgroupValue_LeavesTheStudyOut_WithALocatedWarning()
    {
        // Frimodt-Moller et al 1973 (line 6) without its allocation: the alternate subgroup keeps one study.
        var path = WriteBcg(lines => lines.Select((l, i) => i == 5 ? l.Replace("\"alternate\"", "", StringComparison.Ordinal) : l));
        try
        {
            var (exit, output, error) = Cli.Run("analyze", path, "--format", "json", "--subgroup", "alloc");
            Assert.True(exit == 0, error);
            Assert.Contains($"{Path.GetFileName(path)}:6: no value in column 'alloc' for study 'Frimodt-Moller et al 1973'; left out of the subgroup analysis.", error, StringComparison.Ordinal);
            var root = JsonDocument.Parse(output).RootElement;
            var excluded = root.GetProperty("subgroup_analysis").GetProperty("excluded").EnumerateArray().Single();
            Assert.Equal("Frimodt-Moller et al 1973", excluded.GetProperty("study").GetString());
            var alternate = root.GetProperty("subgroups")[0];
            Assert.Equal(1, alternate.GetProperty("k").GetInt32());
            Assert.Equal(["Stein & Aronson 1953"], alternate.GetProperty("studies").EnumerateArray().Select(s => s.GetString()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void UnknownColumn_SuggestsTheClosest_AndListsTheColumns_WithExitCode2()
    {
        var (exit, output, error) = Cli.Run("analyze", Cli.Data("dat.bcg.csv"), "--subgroup", "allocation");
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("metareview: --subgroup: there is no column 'allocation' in 'dat.bcg.csv'; did you mean 'alloc'? Columns that can be used: trial, year, ablat, alloc.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--subgroup-tau2", "common" }, "--subgroup-tau2 needs --subgroup COLUMN")]
    [InlineData(new[] { "--subgroup", "alloc", "--subgroup-tau2", "pooled" }, "--subgroup-tau2: unknown value 'pooled' (expected separate or common)")]
    [InlineData(new[] { "--subgroup", "alloc", "--subgroup-tau2", "common", "--preset", "revman5" }, "--subgroup-tau2 common needs inverse-variance pooling")]
    [InlineData(new[] { "--subgroup", "alloc", "--mods", "ablat", "--format", "csv" }, "CSV output holds one table")]
    public void BadSubgroupOptions_AreInputErrors(string[] options, string message)
    {
        var (exit, _, error) = Cli.Run(["analyze", Cli.Data("dat.bcg.csv"), .. options]);
        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_IsTheSubgroupTable()
    {
        var (exit, output, _) = Cli.Run("analyze", Cli.Data("dat.bcg.csv"), "--format", "csv", "--subgroup", "alloc");
        Assert.Equal(0, exit);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("subgroup,k,estimate,se,ci_lower,ci_upper,tau2,i2,q,q_df,q_p", lines[0]);
        Assert.Equal(Levels, lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.StartsWith("random,7,-0.9709647", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Colditz1994_SubgroupsAndMetaRegression_Text_MatchesSnapshot()
    {
        var (exit, output, error) = Cli.Run("analyze", Cli.Data("dat.bcg.csv"), "--subgroup", "alloc", "--mods", "ablat + year + factor(alloc)",
            "--btt", "alloc", "--predict", "ablat=40, year=1970, alloc=random", "--permutations", "200", "--seed", "1");
        Assert.True(exit == 0, error);
        Snapshot.Match("analyze-bcg-subgroups-metareg", output);
    }

    private static JsonElement Json(params string[] options)
    {
        var (exit, output, error) = Cli.Run(["analyze", Cli.Data("dat.bcg.csv"), "--format", "json", .. options]);
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement;
    }

    /// <summary>A subgroup entry against metafor's k, beta, se, ci.lb, ci.ub, tau2, I2, QE, QEp.</summary>
    private static void Level(double[] expected, JsonElement subgroup)
    {
        Assert.Equal((int)expected[0], subgroup.GetProperty("k").GetInt32());
        Assert.Equal((int)expected[0] - 1, subgroup.GetProperty("q_df").GetInt32());
        string[] keys = ["estimate", "se", "ci_lower", "ci_upper", "tau2", "i2", "q", "q_p"];
        for (var j = 0; j < keys.Length; j++)
        {
            Near(expected[j + 1], subgroup, keys[j]);
        }
    }
}
