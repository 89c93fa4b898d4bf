using System.Text.Json;

namespace MetaReview.Cli.Tests;

/// <summary>
/// <c>metareview analyze --mods</c> end to end on the BCG trials (Colditz et al. 1994, metadat dat.bcg: absolute latitude,
/// year, allocation). Expected values from metafor 3.8-1 on R 4.2.2 at full precision, each beside its R call, after
/// <c>dat &lt;- escalc(measure="RR", ai=tpos, bi=tneg, ci=cpos, di=cneg, data=dat.bcg)</c> and with
/// <c>ctl &lt;- list(threshold=1e-12, maxiter=10000, tol=1e-12)</c> (MetaReview converges to 1e-10); published values from
/// docs/METHODS-REFERENCE.md §3.
/// </summary>
public class AnalyzeMetaRegressionTests
{
    [Fact]
    public void Colditz1994_LatitudeAndYear_MatchesMetaforAndThePublishedValues()
    {
        var metareg = MetaReg("--mods", "ablat + year", "--predict", "ablat=40,year=1970");

        // Published (METHODS-REFERENCE §3): tau² 0.1108, QE(10) 28.3251, ablat −0.0280 (SE 0.0102), R² 64.63%.
        Tolerance.Published(0.1108, metareg.GetProperty("tau2").GetDouble(), 4, "tau2");
        Tolerance.Published(28.3251, metareg.GetProperty("qe").GetDouble(), 4, "QE");
        Tolerance.Published(-0.0280, Coefficient(metareg, "ablat").GetProperty("estimate").GetDouble(), 4, "ablat");
        Tolerance.Published(0.0102, Coefficient(metareg, "ablat").GetProperty("se").GetDouble(), 4, "SE(ablat)");
        Tolerance.Published(64.63, metareg.GetProperty("r2").GetDouble(), 2, "R2");

        // res <- rma(yi, vi, mods = ~ ablat + year, data=dat, control=ctl)
        Assert.Equal(["intrcpt", "ablat", "year"], metareg.GetProperty("coefficients").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Expect(metareg, "coefficients", "estimate", [-3.5453530199583811466, -0.0280113294441974060, 0.0019074804475227242]);
        Expect(metareg, "coefficients", "se", [29.095622232702503140, 0.010233943231041471, 0.014683685892068078]);
        Expect(metareg, "coefficients", "statistic", [-0.12185176833831460, -2.73710033481852655, 0.12990474336917807]);
        Expect(metareg, "coefficients", "p_value", [0.9030164141749699169, 0.0061983385045639586, 0.8966417914261797240]);
        Expect(metareg, "coefficients", "ci_lower", [-60.571724703838157211, -0.048069489596866161, -0.026872015061229600]);
        Expect(metareg, "coefficients", "ci_upper", [53.4810186639213895887, -0.0079531692915286514, 0.0306869759562750470]);
        Near(12.2044868791710481304, metareg, "qm");
        Assert.Equal(2, metareg.GetProperty("qm_df").GetInt32());
        Assert.Equal(JsonValueKind.Null, metareg.GetProperty("qm_df_denominator").ValueKind);
        Near(0.0022378416212407337, metareg, "qm_p");
        Near(28.3251436562552747489, metareg, "qe");
        Assert.Equal(10, metareg.GetProperty("qe_df").GetInt32());
        Near(0.0016009744222396608, metareg, "qe_p");
        Near(0.11078469694797478, metareg, "tau2");
        Near(71.977317778545554, metareg, "i2");
        Near(3.5685377727132406, metareg, "h2");
        Near(64.633014735243293, metareg, "r2");

        // predict(res, newmods=cbind(40, 1970))
        var prediction = metareg.GetProperty("predictions").EnumerateArray().Single();
        Assert.Equal(40, prediction.GetProperty("at").GetProperty("ablat").GetDouble());
        Assert.Equal(1970, prediction.GetProperty("at").GetProperty("year").GetDouble());
        Near(-0.90806971610651122, prediction, "estimate");
        Near(0.15844989518785060, prediction, "se");
        Near(-1.21862580402884468, prediction, "ci_lower");
        Near(-0.59751362818417764, prediction, "ci_upper");
        Near(-1.63057918665644630, prediction, "pi_lower");
        Near(-0.18556024555657624, prediction, "pi_upper");
        Tolerance.Relative(Math.Exp(-0.90806971610651122), prediction.GetProperty("back_transformed").GetProperty("estimate").GetDouble(), Tolerance.Iterative, "predicted RR");
    }

    [Fact]
    public void Colditz1994_LatitudeAndAllocation_TestsChosenCoefficientsByNameOrPosition_AndPredictsAtALevel()
    {
        var metareg = MetaReg("--mods", "ablat + factor(alloc)", "--btt", "alloc", "--btt", "3:4", "--btt", "factor(alloc)systematic, ablat",
            "--predict", "ablat=40, alloc=Random");

        // res <- rma(yi, vi, mods = ~ ablat + factor(alloc), data=dat, control=ctl)
        Assert.Equal(["intrcpt", "ablat", "factor(alloc)random", "factor(alloc)systematic"],
            metareg.GetProperty("coefficients").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Expect(metareg, "coefficients", "estimate", [0.29319435600325860, -0.02727575629813328, -0.26749121151296018, 0.05846128692834443]);
        Expect(metareg, "coefficients", "se", [0.4049946407919488567, 0.0091993197461213878, 0.3504285079722383456, 0.3795106023821395169]);
        Near(11.060612455359358108, metareg, "qm");
        Near(0.14459429735928719, metareg, "tau2");
        Near(53.839613909173181, metareg, "r2");

        // anova(res, btt=3:4): the allocation factor, named by its column or by positions.
        var tests = metareg.GetProperty("tests").EnumerateArray().ToList();
        Assert.Equal(3, tests.Count);
        foreach (var test in tests.Take(2))
        {
            Assert.Equal(["factor(alloc)random", "factor(alloc)systematic"], test.GetProperty("coefficients").EnumerateArray().Select(c => c.GetString()));
            Near(1.28501796046597616, test, "statistic");
            Assert.Equal(2, test.GetProperty("df").GetInt32());
            Near(0.52597111603509117, test, "p_value");
        }

        Assert.Equal(["ablat", "factor(alloc)systematic"], tests[2].GetProperty("coefficients").EnumerateArray().Select(c => c.GetString()));

        // predict(res, newmods=cbind(40, 1, 0)); the level is matched ignoring case and reported as the data name it.
        var prediction = metareg.GetProperty("predictions").EnumerateArray().Single();
        Assert.Equal("random", prediction.GetProperty("at").GetProperty("alloc").GetString());
        Near(-1.06532710743503278, prediction, "estimate");
        Near(0.19995505144858872, prediction, "se");
        Near(-1.45723180680112030, prediction, "ci_lower");
        Near(-0.67342240806894538, prediction, "ci_upper");
        Near(-1.90737362182608838, prediction, "pi_lower");
        Near(-0.22328059304397718, prediction, "pi_upper");
    }

    [Fact]
    public void Colditz1994_Knha_GivesTAndFWithKMinusPDegreesOfFreedom()
    {
        // res <- rma(yi, vi, mods = ~ ablat, data=dat, test="knha", control=ctl)
        var metareg = MetaReg("--mods", "ablat", "--test", "knha");
        Assert.Equal("knha", metareg.GetProperty("test").GetString());
        Assert.Equal(11, metareg.GetProperty("df").GetInt32());
        Expect(metareg, "coefficients", "estimate", [0.251468210006953574, -0.029101725011642862]);
        Expect(metareg, "coefficients", "se", [0.2839252837438893118, 0.0082014174110498425]);
        Expect(metareg, "coefficients", "statistic", [0.88568445434323073, -3.54837750026402121]);
        Expect(metareg, "coefficients", "p_value", [0.3947370724481515936, 0.0045650515415925916]);
        Near(12.5909828843799438403, metareg, "qm");
        Assert.Equal(1, metareg.GetProperty("qm_df").GetInt32());
        Assert.Equal(11, metareg.GetProperty("qm_df_denominator").GetInt32());
        Near(0.0045650515415925916, metareg, "qm_p");
        Near(0.076347963955919307, metareg, "tau2");
    }

    [Fact]
    public void Colditz1994_FixedEffects_HasNoTau2AndNoR2()
    {
        // res <- rma(yi, vi, mods = ~ ablat, data=dat, method="FE")
        var metareg = MetaReg("--mods", "ablat", "--model", "fixed");
        Assert.Equal("fixed", metareg.GetProperty("model").GetString());
        Expect(metareg, "coefficients", "estimate", [0.343564577446590080, -0.029236934259541755], Tolerance.ClosedForm);
        Expect(metareg, "coefficients", "se", [0.0810487794877085971, 0.0026524294342462331], Tolerance.ClosedForm);
        Tolerance.Relative(121.49991807162424, metareg.GetProperty("qm").GetDouble(), Tolerance.ClosedForm, "QM");
        Tolerance.Relative(30.733090010749258170, metareg.GetProperty("qe").GetDouble(), Tolerance.ClosedForm, "QE");
        Tolerance.Relative(64.207959576623693, metareg.GetProperty("i2").GetDouble(), Tolerance.ClosedForm, "I2");
        Assert.Equal(0, metareg.GetProperty("tau2").GetDouble());
        Assert.Equal(JsonValueKind.Null, metareg.GetProperty("r2").ValueKind);
    }

    [Fact]
    public void Colditz1994_FirstSixTrials_ExactPermutationTest_EqualsMetafor()
    {
        // The first six BCG trials; res <- rma(yi, vi, mods = ~ ablat, data=dat[1:6, ], control=ctl);
        // permutest(res, exact=TRUE): 360 distinct permutations, QMp 0.03888888888888889, pval 0.80555555555555558 0.03888888888888889.
        var path = WriteBcg(lines => lines.Take(7));
        try
        {
            var (exit, output, error) = Cli.Run("analyze", path, "--format", "json", "--mods", "ablat", "--permutations", "1000");
            Assert.True(exit == 0, error);
            Assert.DoesNotContain("Permutation", error, StringComparison.Ordinal);
            var permutation = JsonDocument.Parse(output).RootElement.GetProperty("metareg").GetProperty("permutation");
            Assert.True(permutation.GetProperty("exact").GetBoolean());
            Assert.Equal(360, permutation.GetProperty("permutations").GetInt32());
            Assert.Equal(JsonValueKind.Null, permutation.GetProperty("seed").ValueKind);
            Assert.Equal(14.0 / 360, permutation.GetProperty("qm_p").GetDouble(), 15);
            var p = permutation.GetProperty("coefficients").EnumerateArray().Select(c => c.GetProperty("p_value").GetDouble()).ToList();
            Assert.Equal(290.0 / 360, p[0], 15);
            Assert.Equal(14.0 / 360, p[1], 15);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void RandomPermutations_WithASeed_AreReproducible_AndReportTheSeed()
    {
        string[] args = ["analyze", Cli.Data("dat.bcg.csv"), "--format", "json", "--mods", "ablat", "--permutations", "400", "--seed", "2024"];
        var first = Cli.Run(args);
        var second = Cli.Run(args);
        Assert.Equal(0, first.Exit);
        Assert.Equal(first.Out, second.Out);
        var permutation = JsonDocument.Parse(first.Out).RootElement.GetProperty("metareg").GetProperty("permutation");
        Assert.False(permutation.GetProperty("exact").GetBoolean());
        Assert.Equal(400, permutation.GetProperty("permutations").GetInt32());
        Assert.Equal(2024, permutation.GetProperty("seed").GetInt32());
        var p = permutation.GetProperty("qm_p").GetDouble();

        // The observed data count as the first permutation, so p is a multiple of 1/400 and at least 1/400.
        Assert.InRange(p, 1.0 / 400, 1);
        Assert.Equal(Math.Round(p * 400), p * 400, 9);
    }

    [Fact]
    public void MissingModeratorValue_LeavesTheStudyOut_WithALocatedWarning()
    {
        // Ferguson & Simes 1949 (line 3) without its latitude: rma(yi, vi, mods = ~ ablat, data=dat[-2, ], control=ctl).
        var path = WriteBcg(lines => lines.Select((l, i) => i == 2 ? l.Replace(",55,", ",,", StringComparison.Ordinal) : l));
        try
        {
            var (exit, output, error) = Cli.Run("analyze", path, "--format", "json", "--mods", "ablat");
            Assert.True(exit == 0, error);
            Assert.Contains($"{Path.GetFileName(path)}:3: no value for moderator 'ablat' for study 'Ferguson & Simes 1949'; left out of the meta-regression", error, StringComparison.Ordinal);
            var root = JsonDocument.Parse(output).RootElement;
            Assert.Equal(13, root.GetProperty("k").GetInt32());
            var metareg = root.GetProperty("metareg");
            Assert.Equal(12, metareg.GetProperty("k").GetInt32());
            var excluded = metareg.GetProperty("excluded").EnumerateArray().Single();
            Assert.Equal("Ferguson & Simes 1949", excluded.GetProperty("study").GetString());
            Assert.EndsWith(":3: no value for moderator 'ablat'", excluded.GetProperty("reason").GetString(), StringComparison.Ordinal);
            Expect(metareg, "coefficients", "estimate", [0.21416587580164986, -0.02762702616099863]);
            Expect(metareg, "coefficients", "se", [0.2720302865182686047, 0.0081265678053713559]);
            Near(11.557235189279572, metareg, "qm");
            Near(0.089684036819286883, metareg, "tau2");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TextInANumericModerator_IsAnInputError_NamingTheCell()
    {
        var path = WriteBcg(lines => lines.Select((l, i) => i == 2 ? l.Replace(",55,", ",fifty-five,", StringComparison.Ordinal) : l));
        try
        {
            var (exit, output, error) = Cli.Run("analyze", path, "--mods", "ablat + year");
            Assert.Equal(2, exit);
            Assert.Equal("", output);
            Assert.Contains($"{Path.GetFileName(path)}:3: moderator 'ablat' of study 'Ferguson & Simes 1949' must be a number, got 'fifty-five'", error, StringComparison.Ordinal);
            Assert.Contains("factor(ablat)", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--mods", "ablat + latitude", "there is no column 'latitude' in 'dat.bcg.csv'. Columns that can be used: trial, year, ablat, alloc.")]
    [InlineData("--mods", "abalt", "there is no column 'abalt' in 'dat.bcg.csv'; did you mean 'ablat'? Columns that can be used: trial, year, ablat, alloc.")]
    [InlineData("--mods", "ablat * year", "Cannot read the moderator formula at position 7: '*' (interactions and nesting) is not supported")]
    public void BadFormula_NamesTheProblem_WithExitCode2(string option, string value, string message)
    {
        var (exit, output, error) = Cli.Run("analyze", Cli.Data("dat.bcg.csv"), option, value);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--predict", "ablat=40", "--predict \"ablat=40\": give a value for every moderator (ablat, alloc); missing: alloc.")]
    [InlineData("--predict", "ablat=forty, alloc=random", "ablat must be a number, got 'forty'")]
    [InlineData("--predict", "ablat=40, alloc=randomised", "'randomised' is not a level of factor(alloc) (alternate, random, systematic)")]
    [InlineData("--predict", "latitude=40", "'latitude' is not a moderator of the model ~ ablat + factor(alloc) (its moderators: ablat, alloc)")]
    [InlineData("--btt", "dose", "--btt \"dose\": 'dose' is not a coefficient, term or column of the model. The coefficients are: 1 intrcpt, 2 ablat, 3 factor(alloc)random, 4 factor(alloc)systematic.")]
    [InlineData("--btt", "2:5", "positions run from 1 to 4")]
    public void BadBttOrPredict_SaysWhatTheModelHas_WithExitCode2(string option, string value, string message)
    {
        var (exit, _, error) = Cli.Run("analyze", Cli.Data("dat.bcg.csv"), "--mods", "ablat + factor(alloc)", option, value);
        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--btt", "2" }, "--btt needs a meta-regression: add --mods \"FORMULA\"")]
    [InlineData(new[] { "--mods", "ablat", "--seed", "3" }, "--seed needs --permutations N")]
    [InlineData(new[] { "--mods", "ablat", "--permutations", "1" }, "--permutations must be a whole number of at least 2, got '1'")]
    [InlineData(new[] { "--mods", "ablat", "--preset", "revman5" }, "--mods fits an inverse-variance meta-regression; this analysis pools with MH (preset revman5): add --method IV.")]
    public void OptionsThatNeedAnother_AreInputErrors(string[] options, string message)
    {
        var (exit, _, error) = Cli.Run(["analyze", Cli.Data("dat.bcg.csv"), .. options]);
        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_IsTheCoefficientTable_WithPermutationPValues()
    {
        var (exit, output, _) = Cli.Run("analyze", Cli.Data("dat.bcg.csv"), "--format", "csv", "--mods", "ablat + year", "--permutations", "100", "--seed", "1");
        Assert.Equal(0, exit);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("coefficient,estimate,se,statistic,p_value,ci_lower,ci_upper,permutation_p_value", lines[0]);
        Assert.Equal(["intrcpt", "ablat", "year"], lines.Skip(1).Select(l => l.Split(',')[0]));
        Tolerance.Relative(-0.0280113294441974060, double.Parse(lines[2].Split(',')[1], System.Globalization.CultureInfo.InvariantCulture), Tolerance.Iterative, "ablat");
    }

    [Fact]
    public void WithBatch_IsAnInputError()
    {
        var (exit, _, error) = Cli.Run("analyze", "--batch", Cli.Data("dat.bcg.csv"), "--mods", "ablat");
        Assert.Equal(2, exit);
        Assert.Contains("--subgroup and --mods work on a data file, not with --batch", error, StringComparison.Ordinal);
    }

    /// <summary>The <c>metareg</c> object of <c>analyze dat.bcg.csv --format json</c> with the given options.</summary>
    internal static JsonElement MetaReg(params string[] options)
    {
        var (exit, output, error) = Cli.Run(["analyze", Cli.Data("dat.bcg.csv"), "--format", "json", .. options]);
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement.GetProperty("metareg");
    }

    /// <summary>A copy of dat.bcg.csv with its lines changed (real data, deliberately damaged or cut), in the temporary folder.</summary>
    internal static string WriteBcg(Func<IEnumerable<string>, IEnumerable<string>> change)
    {
        var path = Path.Combine(Path.GetTempPath(), $"bcg-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(path, change(File.ReadAllLines(Cli.Data("dat.bcg.csv"))));
        return path;
    }

    /// <summary>An iterative (REML) value against metafor's at <see cref="Tolerance.Iterative"/>.</summary>
    internal static void Near(double expected, JsonElement element, string key) =>
        Tolerance.Relative(expected, element.GetProperty(key).GetDouble(), Tolerance.Iterative, key);

    private static JsonElement Coefficient(JsonElement metareg, string name) =>
        metareg.GetProperty("coefficients").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    private static void Expect(JsonElement parent, string array, string key, double[] expected, double tolerance = Tolerance.Iterative)
    {
        var actual = parent.GetProperty(array).EnumerateArray().Select(e => e.GetProperty(key).GetDouble()).ToList();
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Tolerance.Relative(expected[i], actual[i], tolerance, $"{array}[{i}].{key}");
        }
    }
}
