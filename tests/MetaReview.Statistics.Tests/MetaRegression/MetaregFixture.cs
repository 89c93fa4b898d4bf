using System.Globalization;
using System.Text.Json;
using MetaReview.Statistics.Estimators;
using MetaReview.Statistics.MetaRegression;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Tests.MetaRegression;

/// <summary>
/// One fixture file written by tools/reference/metareg.R: a real dataset (yi, vi, moderator columns) and metafor's
/// meta-regression, subgroup and permutation-test values (17 significant digits), each beside the R expression that
/// produced it. R's NA is stored as null and read as NaN.
/// </summary>
internal sealed class MetaregFixture
{
    private static readonly Dictionary<string, MetaregFixture> Cache = [];

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "metareg");

    public required string File { get; init; }

    public required double[] Yi { get; init; }

    public required double[] Vi { get; init; }

    public required IReadOnlyList<ModeratorColumn> Moderators { get; init; }

    /// <summary>The raw moderator values as labels (numbers formatted as R's as.character does), for subgroups.</summary>
    public required IReadOnlyDictionary<string, string?[]> Labels { get; init; }

    public required IReadOnlyList<FixtureFit> Metareg { get; init; }

    public required IReadOnlyList<FixtureSubgroups> Subgroups { get; init; }

    public required IReadOnlyList<FixturePermutation> Permutations { get; init; }

    public required IReadOnlyList<FixtureNoIntercept> NoIntercept { get; init; }

    public static IEnumerable<string> Files() =>
        System.IO.Directory.GetFiles(Directory, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static MetaregFixture Load(string file)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(file, out var fixture))
            {
                fixture = Read(file);
                Cache[file] = fixture;
            }

            return fixture;
        }
    }

    public static TheoryData<string, string> AllMetareg()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Files())
        {
            foreach (var fit in Load(file).Metareg)
            {
                data.Add(file, fit.Name);
            }
        }

        return data;
    }

    public static TheoryData<string, string> AllSubgroups()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Files())
        {
            foreach (var fit in Load(file).Subgroups)
            {
                data.Add(file, fit.Name);
            }
        }

        return data;
    }

    /// <summary>Model options for a metafor method ("FE" or a tau² estimator) and test ("z" or "knha").</summary>
    public static ModelOptions Options(string method, string test) => new()
    {
        Model = method == "FE" ? EffectModel.Fixed : EffectModel.Random,
        Tau2Method = method == "FE" ? Tau2Method.REML : Enum.Parse<Tau2Method>(method),
        Test = test == "knha" ? TestMethod.Knha : TestMethod.Z,
        Convergence = new ConvergenceControl(1e-12, 1000),
    };

    /// <summary>Relative tolerance for a method: closed forms at 1e-8, iterative estimators at 1e-6.</summary>
    public static double ToleranceFor(string method) =>
        method is "REML" or "ML" or "PM" or "EB" ? Tolerance.Iterative : Tolerance.ClosedForm;

    private static MetaregFixture Read(string file)
    {
        using var doc = JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(Directory, file)));
        var root = doc.RootElement;
        var moderators = new List<ModeratorColumn>();
        var labels = new Dictionary<string, string?[]>();
        foreach (var m in root.GetProperty("moderators").EnumerateArray())
        {
            var name = m.GetProperty("name").GetString()!;
            var values = m.GetProperty("values").EnumerateArray().ToArray();
            if (m.GetProperty("type").GetString() == "categorical")
            {
                var text = values.Select(v => v.ValueKind == JsonValueKind.Null ? null : v.GetString()).ToArray();
                moderators.Add(ModeratorColumn.Categorical(name, text));
                labels[name] = text;
            }
            else
            {
                var numbers = values.Select(Number).ToArray();
                moderators.Add(ModeratorColumn.Numeric(name, numbers));
                labels[name] = numbers.Select(n => double.IsNaN(n) ? null : n.ToString("G15", CultureInfo.InvariantCulture)).ToArray();
            }
        }

        return new MetaregFixture
        {
            File = file,
            Yi = Numbers(root.GetProperty("yi")),
            Vi = Numbers(root.GetProperty("vi")),
            Moderators = moderators,
            Labels = labels,
            Metareg = [.. root.GetProperty("metareg").EnumerateArray().Select(ReadFit)],
            Subgroups = [.. root.GetProperty("subgroups").EnumerateArray().Select(ReadSubgroups)],
            Permutations = [.. root.GetProperty("permutations").EnumerateArray().Select(ReadPermutation)],
            NoIntercept = [.. root.GetProperty("noIntercept").EnumerateArray().Select(r => new FixtureNoIntercept(
                r.GetProperty("formula").GetString()!, r.GetProperty("call").GetString()!, Values(r.GetProperty("values"))))],
        };
    }

    private static FixtureFit ReadFit(JsonElement f) => new(
        f.GetProperty("name").GetString()!,
        f.GetProperty("formula").GetString()!,
        f.GetProperty("method").GetString()!,
        f.GetProperty("test").GetString()!,
        f.GetProperty("call").GetString()!,
        [.. f.GetProperty("names").EnumerateArray().Select(n => n.GetString()!)],
        Values(f.GetProperty("values")),
        f.TryGetProperty("tests", out var tests)
            ? [.. tests.EnumerateArray().Select(t => new FixtureTest(
                [.. t.GetProperty("btt").EnumerateArray().Select(b => b.ValueKind == JsonValueKind.Number ? b.GetDouble().ToString(CultureInfo.InvariantCulture) : b.GetString()!)],
                t.GetProperty("call").GetString()!, Values(t.GetProperty("values"))))]
            : [],
        f.TryGetProperty("predictions", out var predictions)
            ? [.. predictions.EnumerateArray().Select(p => new FixturePrediction(
                Numbers(p.GetProperty("newmods")), p.GetProperty("call").GetString()!, Values(p.GetProperty("values"))))]
            : []);

    private static FixtureSubgroups ReadSubgroups(JsonElement s) => new(
        s.GetProperty("name").GetString()!,
        s.GetProperty("column").GetString()!,
        s.GetProperty("method").GetString()!,
        s.GetProperty("test").GetString()!,
        s.GetProperty("tau2").GetString() == "common",
        [.. s.GetProperty("levels").EnumerateArray().Select(l => new FixtureLevel(
            l.GetProperty("level").GetString()!, l.GetProperty("call").GetString()!, Values(l.GetProperty("values"))))],
        Values(s.GetProperty("between").GetProperty("values")),
        s.GetProperty("moderatorTest").GetProperty("call").GetString()!,
        Values(s.GetProperty("moderatorTest").GetProperty("values")));

    private static FixturePermutation ReadPermutation(JsonElement p) => new(
        p.GetProperty("name").GetString()!,
        [.. Numbers(p.GetProperty("rows")).Select(r => (int)r - 1)],
        p.GetProperty("formula").GetString()!,
        p.GetProperty("method").GetString()!,
        p.GetProperty("test").GetString()!,
        p.GetProperty("exact").GetBoolean(),
        (int)p.GetProperty("iterations").GetDouble(),
        p.GetProperty("call").GetString()!,
        Values(p.GetProperty("values")));

    private static Dictionary<string, FixtureValue> Values(JsonElement values) =>
        values.EnumerateObject().ToDictionary(v => v.Name, v => new FixtureValue(v.Value.GetProperty("r").GetString()!, Numbers(v.Value.GetProperty("value"))));

    private static double[] Numbers(JsonElement value) => value.ValueKind == JsonValueKind.Array
        ? [.. value.EnumerateArray().Select(Number)]
        : [Number(value)];

    private static double Number(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => double.NaN,
        JsonValueKind.String => e.GetString() == "Infinity" ? double.PositiveInfinity : double.NegativeInfinity,
        _ => e.GetDouble(),
    };
}

/// <summary>A fixture value (one number or a vector) with the R expression that produced it.</summary>
internal sealed record FixtureValue(string R, double[] Values)
{
    public double Scalar => Values.Single();
}

/// <summary>One metafor meta-regression: rma(yi, vi, mods = ~ formula, method=, test=).</summary>
internal sealed record FixtureFit(string Name, string Formula, string Method, string Test, string Call, string[] Names,
    IReadOnlyDictionary<string, FixtureValue> Values, IReadOnlyList<FixtureTest> Tests, IReadOnlyList<FixturePrediction> Predictions)
{
    public double this[string key] => Values[key].Scalar;
}

/// <summary>anova(res, btt=) of a fit.</summary>
internal sealed record FixtureTest(string[] Btt, string Call, IReadOnlyDictionary<string, FixtureValue> Values);

/// <summary>predict(res, newmods=) of a fit.</summary>
internal sealed record FixturePrediction(double[] NewMods, string Call, IReadOnlyDictionary<string, FixtureValue> Values);

/// <summary>Subgroup analyses of one column: per-level fits, the RevMan Q between and the moderator test.</summary>
internal sealed record FixtureSubgroups(string Name, string Column, string Method, string Test, bool Common, IReadOnlyList<FixtureLevel> Levels,
    IReadOnlyDictionary<string, FixtureValue> Between, string ModeratorCall, IReadOnlyDictionary<string, FixtureValue> ModeratorTest);

/// <summary>One subgroup's rma() fit.</summary>
internal sealed record FixtureLevel(string Level, string Call, IReadOnlyDictionary<string, FixtureValue> Values)
{
    public double this[string key] => Values[key].Scalar;
}

/// <summary>permutest() of a meta-regression fitted to some rows of the dataset.</summary>
internal sealed record FixturePermutation(string Name, int[] Rows, string Formula, string Method, string Test, bool Exact, int Iterations, string Call,
    IReadOnlyDictionary<string, FixtureValue> Values)
{
    public double this[string key] => Values[key].Scalar;
}

/// <summary>
/// A model without intercept whose columns do not span the constant: metafor's QE and tau² (from mean-centred yi)
/// beside the same statistics from their definitions with yi as given.
/// </summary>
internal sealed record FixtureNoIntercept(string Formula, string Call, IReadOnlyDictionary<string, FixtureValue> Values)
{
    public double this[string key] => Values[key].Scalar;
}
