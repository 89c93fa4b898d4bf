using System.Text.Json;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Estimators;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Tests.Sensitivity;

/// <summary>
/// One fixture file written by tools/reference/sensitivity.R: a real dataset's effect sizes (and, where there are
/// any, years and 2×2 tables) and, per analysis, metafor's values (17 significant digits) each with the R expression
/// that produced it. R's NA is stored as null and read as NaN.
/// </summary>
internal sealed class SensitivityFixture
{
    private static readonly Dictionary<string, SensitivityFixture> Cache = [];

    private SensitivityFixture(string file, string dataset, string[] labels, Dictionary<string, double[]> columns, FixtureAnalysis[] analyses)
    {
        File = file;
        Dataset = dataset;
        Labels = labels;
        Columns = columns;
        Analyses = analyses;
    }

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "sensitivity");

    public string File { get; }

    public string Dataset { get; }

    public string[] Labels { get; }

    public IReadOnlyDictionary<string, double[]> Columns { get; }

    public double[] Yi => Columns["yi"];

    public double[] Vi => Columns["vi"];

    public FixtureAnalysis[] Analyses { get; }

    public FixtureAnalysis Analysis(string name) => Analyses.Single(a => a.Name == name);

    /// <summary>The 2×2 tables (events and totals), for datasets that have them.</summary>
    public BinaryArms[] Tables() => Enumerable.Range(0, Yi.Length)
        .Select(i => new BinaryArms(Columns["ai"][i], Columns["n1i"][i], Columns["ci"][i], Columns["n2i"][i])).ToArray();

    public static SensitivityFixture Load(string file)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(file, out var cached))
            {
                return cached;
            }

            using var doc = JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(Directory, file)));
            var root = doc.RootElement;
            var studies = root.GetProperty("studies").EnumerateArray().ToArray();
            var labels = studies.Select(s => s.GetProperty("label").GetString()!).ToArray();
            var columns = studies[0].EnumerateObject().Where(p => p.Name != "label").Select(p => p.Name)
                .ToDictionary(name => name, name => studies.Select(s => Number(s.GetProperty(name))).ToArray());
            var analyses = root.GetProperty("analyses").EnumerateArray().Select(a => new FixtureAnalysis(
                a.GetProperty("name").GetString()!,
                a.GetProperty("kind").GetString()!,
                a.GetProperty("method").GetString()!,
                a.GetProperty("test").GetString()!,
                a.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String && p.Name is not ("name" or "kind" or "method" or "test" or "call"))
                    .ToDictionary(p => p.Name, p => p.Value.GetString()!),
                a.TryGetProperty("rows", out var rows) ? rows.EnumerateArray().Select(r => r.GetInt32()).ToArray() : [],
                a.GetProperty("call").GetString()!,
                a.GetProperty("values").EnumerateObject().ToDictionary(v => v.Name, v => new FixtureValue(
                    v.Value.GetProperty("r").GetString()!, Values(v.Value.GetProperty("value")))))).ToArray();
            var fixture = new SensitivityFixture(file, root.GetProperty("dataset").GetString()!, labels, columns, analyses);
            Cache[file] = fixture;
            return fixture;
        }
    }

    /// <summary>(file, analysis name) for every analysis of the given kind in every fixture file, for xUnit theories.</summary>
    public static TheoryData<string, string> All(string kind)
    {
        var data = new TheoryData<string, string>();
        foreach (var path in System.IO.Directory.GetFiles(Directory, "*.json").Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            foreach (var a in Load(file).Analyses.Where(a => a.Kind == kind))
            {
                data.Add(file, a.Name);
            }
        }

        return data;
    }

    private static double[] Values(JsonElement value) => value.ValueKind == JsonValueKind.Array
        ? value.EnumerateArray().Select(Number).ToArray()
        : [Number(value)];

    private static double Number(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => double.NaN,
        JsonValueKind.String => double.Parse(e.GetString()!, System.Globalization.CultureInfo.InvariantCulture),
        _ => e.GetDouble(),
    };
}

/// <summary>One analysis in a fixture: how metafor was called and its values.</summary>
internal sealed record FixtureAnalysis(string Name, string Kind, string Method, string Test, IReadOnlyDictionary<string, string> Extra,
    int[] Rows, string Call, IReadOnlyDictionary<string, FixtureValue> Values)
{
    /// <summary>
    /// The model settings matching <c>rma(method=, test=, control=ctrl)</c>: the fixtures were fitted with
    /// <c>maxiter=10000</c>, so the tests allow as many Fisher-scoring steps (some REML fits of small GOSH subsets
    /// need over 100 from the Hedges start).
    /// </summary>
    public ModelOptions Options => new()
    {
        Model = Method == "EE" ? EffectModel.Fixed : EffectModel.Random,
        Tau2Method = Method == "EE" ? Tau2Method.REML : Enum.Parse<Tau2Method>(Method),
        Test = Test == "knha" ? TestMethod.Knha : TestMethod.Z,
        Convergence = new ConvergenceControl(Tolerance: 1e-10, MaxIterations: 10000),
    };

    /// <summary>The scalar value of <paramref name="key"/>.</summary>
    public double this[string key] => Values[key].Values.Single();

    /// <summary>The vector value of <paramref name="key"/>.</summary>
    public double[] Vector(string key) => Values[key].Values;

    public bool Has(string key) => Values.ContainsKey(key);
}

/// <summary>A fixture value (one number or a vector) with the R expression that produced it.</summary>
internal sealed record FixtureValue(string R, double[] Values);
