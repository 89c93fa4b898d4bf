using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace MetaReview.Cli.Tests;

/// <summary>
/// <c>metareview plot baujat|radial|labbe|bubble|gosh|influence</c> end to end on the BCG trials (Colditz 1994,
/// metadat dat.bcg): the numbers each figure carries in its SVG (every study is a group titled with its values) are
/// metafor 3.8-1's. R, with <c>dat &lt;- escalc(measure="RR", ai=tpos, bi=tneg, ci=cpos, di=cneg, data=dat.bcg)</c>,
/// <c>ctl &lt;- list(threshold=1e-12, maxiter=1000)</c> (MetaReview iterates to 1e-10; metafor's default 1e-5 stops
/// earlier), <c>res &lt;- rma(yi, vi, data=dat, control=ctl)</c> and <c>fe &lt;- rma(yi, vi, data=dat, method="FE")</c>.
/// </summary>
public sealed partial class PlotDiagnosticsTests : IDisposable
{
    /// <summary>Half a unit in the fourth significant digit, relative: the figures print G4 values.</summary>
    private const double FourSignificantDigits = 5e-4;

    private static readonly string[] BcgLabels =
    [
        "Aronson 1948", "Ferguson & Simes 1949", "Rosenthal et al 1960", "Hart & Sutherland 1977", "Frimodt-Moller et al 1973", "Stein & Aronson 1953",
        "Vandiviere et al 1973", "TPT Madras 1980", "Coetzee & Berjak 1968", "Rosenthal et al 1961", "Comstock et al 1974", "Comstock & Webster 1969",
        "Comstock et al 1976",
    ];

    private readonly string _dir = Directory.CreateTempSubdirectory("metareview-diag-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>baujat(res)$x and $y: the REML model, metafor's default, which the command fits too.</summary>
    private static readonly (double[] X, double[] Y) BaujatReml =
    (
        [
            0.047818340546792681, 1.4934114075928551, 0.55087533666579247, 1.5860500734646961, 0.6777110311298381, 0.016005556001105637, 1.5319030625855072,
            1.663845949732909, 0.16252332920897658, 1.1168477625427731, 0.43222109722497715, 1.5922385451031982, 1.2637881718026482,
        ],
        [
            0.0015375009184631794, 0.112107073414489, 0.024349046895046654, 0.23777364174526075, 0.066985834997827787, 0.00033327218015899874, 0.10790948543381801,
            0.19896467190279601, 0.018381621780552009, 0.11138961590380929, 0.048970640673485728, 0.061834563955091973, 0.11531287624249019,
        ]
    );

    /// <summary>baujat(fe)$x and $y.</summary>
    private static readonly (double[] X, double[] Y) BaujatFixed =
    (
        [
            0.64715873602566243, 6.8571096271726848, 2.0279242863941866, 51.107313625505419, 0.88375780170836626, 18.335112220053642, 6.3562772563152361,
            49.367686270456474, 0.027135161035898685, 12.127295427750221, 0.66608571789745463, 1.441719242841758, 2.3884327092162456,
        ],
        [
            0.0032765992389969727, 0.058290784991750569, 0.0080393380264576209, 4.5630994854763731, 0.029241349544062094, 5.7112311794131987, 0.047092680992819054,
            34.879510312831869, 0.00081223590620959187, 0.27863933782140715, 0.10141785652879599, 0.0044542983893560992, 0.05615154772268996,
        ]
    );

    [Fact]
    public void Colditz1994Bcg_Baujat_IsMetaforsBaujatOfTheRemlModel()
    {
        var path = Path.Combine(_dir, "baujat.svg");
        var (exit, output, error) = Cli.Run("plot", "baujat", Cli.Data("dat.bcg.csv"), "-o", path);
        Assert.True(exit == 0, error);
        Assert.StartsWith($"{path}: Baujat plot of 13 studies, 480 × 400 pt", output, StringComparison.Ordinal);
        var svg = File.ReadAllText(path);
        AssertStudyValues(svg, "baujat-studies", BaujatTitle(), BaujatReml.X, BaujatReml.Y);
        var texts = PlotForestFunnelTests.Texts(svg);
        Assert.Contains("Hart & Sutherland 1977", texts);
        Assert.Contains("Contribution to heterogeneity (squared Pearson residual)", texts);
    }

    /// <summary>baujat(fe) for --model fixed; most studies crowd near the origin, so the points are numbered with a key.</summary>
    [Fact]
    public void Colditz1994Bcg_Baujat_FixedEffect()
    {
        var (exit, svg, error) = Cli.Run("plot", "baujat", Cli.Data("dat.bcg.csv"), "--model", "fixed", "--xlabel", "Q contribution", "--title", "BCG <fixed>", "-o", "-");
        Assert.True(exit == 0, error);
        AssertStudyValues(svg, "baujat-studies", BaujatTitle(), BaujatFixed.X, BaujatFixed.Y);
        var texts = PlotForestFunnelTests.Texts(svg);
        Assert.Contains("Q contribution", texts);
        Assert.Contains("BCG <fixed>", texts);
        Assert.Contains("TPT Madras 1980", texts);
        Assert.Contains("id=\"baujat-key\"", svg, StringComparison.Ordinal);
    }

    /// <summary>radial(res): x = 1/√(vi + tau²), z = yi·x, and the line through the origin with slope −0.7145.</summary>
    [Fact]
    public void Colditz1994Bcg_Radial_IsMetaforsRadialOfTheRemlModel()
    {
        double[] x =
        [
            1.2511460829345291, 1.4032764171821512, 1.1715263780187901, 1.7322588036087541, 1.6564524702310617, 1.7673558790214756, 1.3655641076355065,
            1.7755385217655923, 1.6447068801710749, 1.6089983748470276, 1.752349826498693, 1.087374707403636, 1.6123833583036755,
        ];
        double[] z =
        [
            -1.112658391943546, -2.2247385147188452, -1.5793032527319271, -2.497139739767082, -0.36035679926905329, -1.3893460021873807, -2.2134404362761155,
            0.021221828596569108, -0.77205443655336325, -2.2064915601426263, -0.59467538395957842, 0.48487495347366322, -0.02791672197142861,
        ];
        var (exit, svg, error) = Cli.Run("plot", "radial", Cli.Data("dat.bcg.csv"), "--labels", "-o", "-");
        Assert.True(exit == 0, error);
        var titles = Titles(svg, "radial-studies");
        Assert.Equal(13, titles.Count);
        for (var i = 0; i < 13; i++)
        {
            var m = RadialTitle().Match(titles[i]);
            Assert.True(m.Success, titles[i]);
            Assert.Equal(BcgLabels[i], m.Groups["label"].Value);
            Assert.Equal(x[i], Number(m, "x"), 0.0005);
            Assert.Equal(z[i], Number(m, "z"), 0.0005);
        }

        Assert.Equal("Pooled estimate -0.7145 with ±2 band", Titles(svg).Single(t => t.StartsWith("Pooled estimate", StringComparison.Ordinal)));
        Assert.Contains("Risk ratio", PlotForestFunnelTests.Texts(svg));
        Assert.Contains("TPT Madras 1980", PlotForestFunnelTests.Texts(svg));
    }

    /// <summary>
    /// The BCG trials' arms, the pooled RR exp(−0.7145) = 0.489 as the dashed line, and circles sized by the REML weights
    /// (weights(res): Hart &amp; Sutherland 9.699 %).
    /// </summary>
    [Fact]
    public void Colditz1994Bcg_Labbe()
    {
        var (exit, svg, error) = Cli.Run("plot", "labbe", Cli.Data("dat.bcg.csv"), "-o", "-");
        Assert.True(exit == 0, error);
        var titles = Titles(svg, "labbe-studies");
        Assert.Equal("Hart & Sutherland 1977: experimental 62/13598, control 248/12867, weight 9.699", titles[3]);
        var texts = PlotForestFunnelTests.Texts(svg);
        Assert.Contains("Pooled RR 0.489", texts);
        Assert.Contains("Risk in the control group", texts);
    }

    [Fact]
    public void Labbe_OfContinuousData_IsAnInputError()
    {
        var (exit, output, error) = Cli.Run("plot", "labbe", Cli.Data("revman5-fleiss1993-mental-health.csv"), "--measure", "MD", "-o", Path.Combine(_dir, "l.svg"));
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("metareview plot labbe: a L'Abbé plot needs binary data (events and totals in two arms, measure RR, OR, RD or PETO); '", error, StringComparison.Ordinal);
        Assert.Contains("' has continuous data (MD).", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "l.svg")));
    }

    /// <summary>
    /// rma(yi, vi, mods = ~ ablat, data=dat, control=ctl): intercept 0.2515, slope −0.0291 (z = −4.0445), residual tau²
    /// 0.0763, R² 75.63 %; the band from coef(reg) and vcov(reg).
    /// </summary>
    [Fact]
    public void Colditz1994Bcg_Bubble_OnLatitude()
    {
        var (exit, svg, error) = Cli.Run("plot", "bubble", Cli.Data("dat.bcg.csv"), "--mods", "ablat", "-o", "-");
        Assert.True(exit == 0, error);
        Assert.Contains("note: meta-regression on 'ablat' (k = 13): intercept 0.2515, slope -0.0291 (SE 0.0072, z = -4.0445, p <.0001); residual tau² 0.0763; R² 75.63%", error, StringComparison.Ordinal);
        Assert.Contains("Fitted line 0.2515 + -0.0291 × moderator with its 95% confidence band", Titles(svg));
        Assert.Contains("Aronson 1948: moderator 44, yi -0.8893, vi 0.3256", Titles(svg, "bubble-studies"));
        var texts = PlotForestFunnelTests.Texts(svg);
        Assert.Contains("ablat", texts);
        Assert.Contains("Log risk ratio", texts);
    }

    /// <summary>
    /// --test knha: Knapp–Hartung t(k − 2) for the slope and the band, as rma(..., mods = ~ ablat, test="knha"): SE 0.0082,
    /// t = −3.5484, p = 0.0046.
    /// </summary>
    [Fact]
    public void Colditz1994Bcg_Bubble_KnappHartung()
    {
        var (exit, _, error) = Cli.Run("plot", "bubble", Cli.Data("dat.bcg.csv"), "--mods", "ablat", "--test", "knha", "-o", "-");
        Assert.True(exit == 0, error);
        Assert.Contains("slope -0.0291 (SE 0.0082, t = -3.5484, p = .0046)", error, StringComparison.Ordinal);
    }

    /// <summary>A study without a moderator value is left out, as metafor's na.omit does: rma(..., data=dat[-3, ]) has slope −0.0286.</summary>
    [Fact]
    public void Bubble_StudyWithoutAModeratorValue_IsLeftOutWithANote()
    {
        var data = Path.Combine(_dir, "bcg.csv");
        File.WriteAllLines(data, File.ReadAllLines(Cli.Data("dat.bcg.csv")).Select((l, i) => i == 3 ? l.Replace(",42,\"random\"", ",,\"random\"", StringComparison.Ordinal) : l));
        var (exit, svg, error) = Cli.Run("plot", "bubble", data, "--mods", "ablat", "-o", "-");
        Assert.True(exit == 0, error);
        Assert.Contains("bcg.csv:4: no value for moderator 'ablat' for study 'Rosenthal et al 1960'; left out of the meta-regression.", error, StringComparison.Ordinal);
        Assert.Contains("(k = 12): intercept 0.2438, slope -0.0286 ", error, StringComparison.Ordinal);
        Assert.Equal(12, Titles(svg, "bubble-studies").Count);
    }

    [Theory]
    [InlineData("metareview plot bubble: give the moderator with --mods COLUMN", "--title", "x")]
    [InlineData("metareview: --mods: there is no column 'ablatt' in 'dat.bcg.csv'; did you mean 'ablat'?", "--mods", "ablatt")]
    [InlineData("metareview plot bubble: --mods 'alloc' holds labels ('random', 'alternate', 'systematic'), not numbers; a bubble plot needs one continuous moderator", "--mods", "alloc")]
    [InlineData("metareview plot bubble: The mixed-effects model has k = 2 studies and p = 2 coefficients", "--mods", "ablat", "TWO")]
    [InlineData("bad.csv:4: moderator 'ablat' of study 'Rosenthal et al 1960' must be a number, got '42 N'.", "--mods", "ablat", "TEXT")]
    public void Bubble_BadModerator_ExitsWithCode2(string message, params string[] options)
    {
        var file = Cli.Data("dat.bcg.csv");
        var lines = File.ReadAllLines(file);
        if (options.Contains("TWO"))
        {
            file = Path.Combine(_dir, "two.csv");
            File.WriteAllLines(file, lines.Take(3));
        }
        else if (options.Contains("TEXT"))
        {
            file = Path.Combine(_dir, "bad.csv");
            File.WriteAllLines(file, lines.Select((l, i) => i == 3 ? l.Replace(",42,\"random\"", ",42 N,\"random\"", StringComparison.Ordinal) : l));
        }

        var (exit, output, error) = Cli.Run(["plot", "bubble", file, .. options.Where(o => o is not ("TWO" or "TEXT")), "-o", "-"]);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    /// <summary>influence(fe): metafor flags studies 4, 6 and 8; influence(res) flags none.</summary>
    [Fact]
    public void Colditz1994Bcg_Influence_FlagsMetaforsStudies()
    {
        var (exit, svg, error) = Cli.Run("plot", "influence", Cli.Data("dat.bcg.csv"), "--model", "fixed", "-o", "-");
        Assert.True(exit == 0, error);
        Assert.Contains("note: influential by metafor's criteria: 'Hart & Sutherland 1977', 'Stein & Aronson 1953', 'TPT Madras 1980'.", error, StringComparison.Ordinal);
        var flagged = Titles(svg, "influence-panel-1").Where(t => t.EndsWith(" (influential)", StringComparison.Ordinal)).Select(t => t.Split(' ')[0]);
        Assert.Equal(["4", "6", "8"], flagged);

        (exit, svg, error) = Cli.Run("plot", "influence", Cli.Data("dat.bcg.csv"), "-o", "-");
        Assert.True(exit == 0, error);
        Assert.Contains("note: no study is influential by metafor's criteria.", error, StringComparison.Ordinal);
        Assert.Equal("4 Hart & Sutherland 1977: Studentized residual -1.4512", Titles(svg, "influence-panel-1")[3]);
    }

    /// <summary>
    /// gosh(fe): the 8,191 subsets of the 13 trials; mean estimate −0.514894, mean I² 83.2698 %, largest I² 98.8653 %,
    /// mean Q 58.7599. The CSV holds every subset at full precision.
    /// </summary>
    [Fact]
    public void Colditz1994Bcg_Gosh_WritesThePlotAndEverySubset()
    {
        var csv = Path.Combine(_dir, "gosh.csv");
        var svgPath = Path.Combine(_dir, "gosh.svg");
        var (exit, output, error) = Cli.Run("plot", "gosh", Cli.Data("dat.bcg.csv"), "--model", "fixed", "--csv", csv, "-o", svgPath);
        Assert.True(exit == 0, error);
        Assert.Equal($"{csv}: 8,191 subsets (subset, k, estimate, tau2, i2, q)\n{svgPath}: GOSH plot of 8,191 subsets of 13 studies, 480 × 400 pt\n", output);
        Assert.DoesNotContain("Fitting", error, StringComparison.Ordinal);
        Assert.DoesNotContain("random subsets", error, StringComparison.Ordinal);

        var lines = File.ReadAllLines(csv);
        Assert.Equal("subset,k,estimate,tau2,i2,q", lines[0]);
        Assert.Equal(8192, lines.Length);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.All(rows, r => Assert.Equal(13, r[0].Length));
        Assert.All(rows, r => Assert.Equal(int.Parse(r[1], CultureInfo.InvariantCulture), r[0].Count(c => c == '1')));
        Assert.Equal(8191, rows.Select(r => r[0]).Distinct().Count());
        Assert.Equal("-0.8893113339202054", rows.Single(r => r[0] == "1000000000000")[2]);
        Assert.Equal("1111111111111", rows.Single(r => r[1] == "13")[0]);
        Assert.All(rows, r => Assert.Equal("0", r[3]));
        Tolerance.Relative(-0.51489370579767502, rows.Average(r => Value(r[2])), Tolerance.ClosedForm, "mean estimate");
        Tolerance.Relative(83.269777732938522, rows.Average(r => Value(r[4])), Tolerance.ClosedForm, "mean I²");
        Tolerance.Relative(98.865341822740334, rows.Max(r => Value(r[4])), Tolerance.ClosedForm, "largest I²");
        Tolerance.Relative(58.759927147272009, rows.Average(r => Value(r[5])), Tolerance.ClosedForm, "mean Q");

        var texts = PlotForestFunnelTests.Texts(File.ReadAllText(svgPath));
        Assert.Contains("Log risk ratio", texts);
        Assert.Contains("I² (%)", texts);

        var analyzed = Path.Combine(_dir, "analyze-gosh.csv");
        (exit, _, error) = Cli.Run("analyze", Cli.Data("dat.bcg.csv"), "--model", "fixed", "--gosh", analyzed);
        Assert.True(exit == 0, error);
        Assert.Equal(File.ReadAllText(analyzed), File.ReadAllText(csv));
    }

    /// <summary>A random sample of subsets is the same for the same seed, and says so.</summary>
    [Fact]
    public void Gosh_RandomSubsets_AreSeeded()
    {
        string Run(string seed, string name)
        {
            var csv = Path.Combine(_dir, name);
            var (exit, _, error) = Cli.Run("plot", "gosh", Cli.Data("dat.bcg.csv"), "--subsets", "100", "--seed", seed, "--csv", csv, "-o", Path.Combine(_dir, name + ".svg"));
            Assert.True(exit == 0, error);
            Assert.Contains($"note: 100 random subsets (seed {seed}) of the 8191 possible ones were fitted, not all of them.", error, StringComparison.Ordinal);
            return File.ReadAllText(csv);
        }

        var first = Run("7", "a.csv");
        Assert.Equal(101, first.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(first, Run("7", "b.csv"));
        Assert.NotEqual(first, Run("8", "c.csv"));
    }

    [Fact]
    public void Gosh_SeedWithEverySubset_IsNoted_AndCsvGoesToStandardOutput()
    {
        var (exit, output, error) = Cli.Run("plot", "gosh", Cli.Data("dat.bcg.csv"), "--seed", "3", "--csv", "-", "-o", Path.Combine(_dir, "g.svg"));
        Assert.True(exit == 0, error);
        Assert.Contains("note: --seed is not used: every subset was fitted.", error, StringComparison.Ordinal);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("subset,k,estimate,tau2,i2,q", lines[0]);
        Assert.EndsWith("g.svg: GOSH plot of 8,191 subsets of 13 studies, 480 × 400 pt", lines[^1], StringComparison.Ordinal);
        Assert.Equal(8193, lines.Length);
    }

    [Theory]
    [InlineData("metareview plot gosh: --subsets must be between 1 and 10,000,000, got 0.", "--subsets", "0")]
    [InlineData("metareview plot gosh: -o - and --csv - would both write to standard output; give one of them a file.", "--csv", "-")]
    public void Gosh_BadOptions_ExitWithCode2(string message, params string[] options)
    {
        var (exit, output, error) = Cli.Run(["plot", "gosh", Cli.Data("dat.bcg.csv"), .. options, "-o", "-"]);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    /// <summary>Baujat and influence diagnostics need two studies: one is an input error naming the file.</summary>
    [Theory]
    [InlineData("baujat", "a Baujat plot needs at least 2.")]
    [InlineData("influence", "an influence panel needs at least 2.")]
    public void OneStudy_BaujatAndInfluence_SayTheyNeedTwo(string verb, string message)
    {
        var data = Path.Combine(_dir, "one.csv");
        File.WriteAllLines(data, File.ReadAllLines(Cli.Data("dat.bcg.csv")).Take(2));
        var (exit, _, error) = Cli.Run("plot", verb, data, "-o", "-");
        Assert.Equal(2, exit);
        Assert.Contains($"metareview plot {verb}: {data} has 1 study in the analysis; {message}", error, StringComparison.Ordinal);
    }

    /// <summary>One study is degenerate but legal for the radial, L'Abbé and GOSH plots: they draw it.</summary>
    [Theory]
    [InlineData("radial", "radial plot of 1 study")]
    [InlineData("labbe", "L'Abbé plot of 1 study")]
    [InlineData("gosh", "GOSH plot of 1 subset of 1 study")]
    public void OneStudy_IsDrawn(string verb, string what)
    {
        var data = Path.Combine(_dir, "one.csv");
        File.WriteAllLines(data, File.ReadAllLines(Cli.Data("dat.bcg.csv")).Take(2));
        var path = Path.Combine(_dir, verb + ".svg");
        var (exit, output, error) = Cli.Run("plot", verb, data, "-o", path);
        Assert.True(exit == 0, error);
        Assert.StartsWith($"{path}: {what}, ", output, StringComparison.Ordinal);
    }

    /// <summary>
    /// Mantel–Haenszel pooling (RevMan 5's preset for OR): the plots that refit inverse-variance models refuse it, as
    /// analyze's sensitivity analyses do, rather than show IV results beside an M-H analysis; --method IV draws them.
    /// </summary>
    [Theory]
    [InlineData("baujat")]
    [InlineData("bubble", "--mods", "year")]
    [InlineData("gosh")]
    [InlineData("influence")]
    public void MantelHaenszel_IsRefusedByThePlotsThatRefitInverseVariance(string verb, params string[] options)
    {
        string[] args = ["plot", verb, Cli.Data("dat.bcg.csv"), "--measure", "OR", "--preset", "revman5", .. options, "-o", "-"];
        var (exit, output, error) = Cli.Run(args);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"metareview plot {verb}: the plot refits inverse-variance models on the study effect sizes; this analysis pools with MH (preset revman5): add --method IV.", error, StringComparison.Ordinal);
        (exit, _, error) = Cli.Run([.. args[..^2], "--method", "IV", "-o", "-"]);
        Assert.True(exit == 0, error);
    }

    /// <summary>A study called &lt;script&gt;alert(1)&lt;/script&gt; &amp; "Smith" is text in every figure that names studies.</summary>
    [Theory]
    [InlineData("baujat")]
    [InlineData("radial", "--labels")]
    [InlineData("labbe", "--labels")]
    [InlineData("bubble", "--labels", "--mods", "ablat")]
    [InlineData("influence")]
    public void HostileStudyName_IsEscaped(string verb, params string[] options)
    {
        var data = Path.Combine(_dir, "hostile.csv");
        File.WriteAllLines(data, File.ReadAllLines(Cli.Data("dat.bcg.csv")).Select((l, i) => i == 1 ? l.Replace("\"Aronson\"", "\"<script>alert(1)</script> & \"\"Smith\"\"\"", StringComparison.Ordinal) : l));
        var (exit, svg, error) = Cli.Run(["plot", verb, data, .. options, "-o", "-"]);
        Assert.True(exit == 0, error);
        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        const string name = "<script>alert(1)</script> & \"Smith\" 1948";
        Assert.Contains(PlotForestFunnelTests.Texts(svg), t => t.Contains(name, StringComparison.Ordinal));
    }

    /// <summary>Every diagnostic verb writes PDF too.</summary>
    [Theory]
    [InlineData("baujat")]
    [InlineData("radial")]
    [InlineData("labbe")]
    [InlineData("bubble", "--mods", "ablat")]
    [InlineData("gosh")]
    [InlineData("influence")]
    public void Pdf_IsWritten(string verb, params string[] options)
    {
        var path = Path.Combine(_dir, verb + ".pdf");
        var (exit, _, error) = Cli.Run(["plot", verb, Cli.Data("dat.bcg.csv"), .. options, "--width", "400", "--height", "600", "--font-size", "8", "-o", path]);
        Assert.True(exit == 0, error);
        Assert.Equal("%PDF-"u8.ToArray(), File.ReadAllBytes(path)[..5]);
    }

    [Theory]
    [InlineData("metareview plot radial: Radial plot: the figure leaves ", "radial", "--width", "100")]
    [InlineData("metareview plot influence: ", "influence", "--width", "100")]
    [InlineData("metareview plot baujat: give the file to write with -o FILE.svg", "baujat")]
    public void BadSize_OrNoOutput_ExitsWithCode2(string message, string verb, params string[] options)
    {
        string[] output = options.Length == 0 ? [] : ["-o", "-"];
        var (exit, stdout, error) = Cli.Run(["plot", verb, Cli.Data("dat.bcg.csv"), .. options, .. output]);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    /// <summary>The titles of the groups (inside the group with id <paramref name="groupId"/> when given), in document order.</summary>
    internal static List<string> Titles(string svg, string? groupId = null)
    {
        XNamespace ns = "http://www.w3.org/2000/svg";
        var root = XDocument.Parse(svg).Root!;
        var scope = groupId is null ? root : root.Descendants(ns + "g").Single(g => (string?)g.Attribute("id") == groupId);
        return [.. scope.Descendants(ns + "g").Select(g => g.Element(ns + "title")?.Value).OfType<string>()];
    }

    private static void AssertStudyValues(string svg, string groupId, Regex title, double[] x, double[] y)
    {
        var titles = Titles(svg, groupId);
        Assert.Equal(BcgLabels.Length, titles.Count);
        for (var i = 0; i < titles.Count; i++)
        {
            var m = title.Match(titles[i]);
            Assert.True(m.Success, titles[i]);
            Assert.Equal(BcgLabels[i], m.Groups["label"].Value);
            Tolerance.Relative(x[i], Number(m, "x"), FourSignificantDigits, $"{BcgLabels[i]} x");
            Tolerance.Relative(y[i], Number(m, "y"), FourSignificantDigits, $"{BcgLabels[i]} y");
        }
    }

    private static double Number(Match m, string group) => Value(m.Groups[group].Value);

    private static double Value(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex("^(?<label>.+): contribution to heterogeneity (?<x>[-0-9.E+]+), influence (?<y>[-0-9.E+]+)$")]
    private static partial Regex BaujatTitle();

    [GeneratedRegex(@"^(?<label>.+): yi [-0-9.]+, vi [-0-9.]+ \(x (?<x>[-0-9.]+), z (?<z>[-0-9.]+)\)$")]
    private static partial Regex RadialTitle();
}
