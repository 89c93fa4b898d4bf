using System.Text.Json;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Tests.MantelHaenszel;

/// <summary>
/// One fixture file written by tools/reference/mh.R: a real dataset's 2×2 tables and, per fit, metafor's values
/// (17 significant digits) each with the R expression that produced it. R's NA is stored as null and read as NaN.
/// </summary>
internal sealed class MhFixture
{
    private MhFixture(string file, string dataset, BinaryArms[] tables, string[] labels, MhFixtureFit[] fits)
    {
        File = file;
        Dataset = dataset;
        Tables = tables;
        Labels = labels;
        Fits = fits;
    }

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "mh");

    public string File { get; }

    public string Dataset { get; }

    public BinaryArms[] Tables { get; }

    public string[] Labels { get; }

    public MhFixtureFit[] Fits { get; }

    public MhFixtureFit Fit(string name) => Fits.Single(f => f.Name == name);

    public static MhFixture Load(string file)
    {
        using var doc = JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(Directory, file)));
        var root = doc.RootElement;
        var studies = root.GetProperty("studies").EnumerateArray().ToArray();
        var tables = studies.Select(s => new BinaryArms(s.GetProperty("eventsE").GetDouble(), s.GetProperty("nE").GetDouble(),
            s.GetProperty("eventsC").GetDouble(), s.GetProperty("nC").GetDouble())).ToArray();
        var labels = studies.Select(s => s.GetProperty("label").GetString()!).ToArray();
        var fits = root.GetProperty("fits").EnumerateArray().Select(f => new MhFixtureFit(
            f.GetProperty("name").GetString()!,
            f.GetProperty("method").GetString()!,
            Enum.Parse<EffectMeasure>(f.GetProperty("measure").GetString()!),
            Enum.Parse<BinaryPoolingConvention>(f.GetProperty("convention").GetString()!),
            !f.TryGetProperty("cmhCorrection", out var c) || c.GetBoolean(),
            f.TryGetProperty("rdVariance", out var rd) ? Enum.Parse<MantelHaenszelRdVariance>(rd.GetString()!) : null,
            f.GetProperty("call").GetString()!,
            f.GetProperty("values").EnumerateObject().ToDictionary(v => v.Name, v => new MhFixtureValue(
                v.Value.GetProperty("r").GetString()!, Values(v.Value.GetProperty("value")))))).ToArray();
        return new MhFixture(file, root.GetProperty("dataset").GetString()!, tables, labels, fits);
    }

    /// <summary>(file, fit name) for every fit in every fixture file.</summary>
    public static IEnumerable<(string File, string Fit)> AllFits() =>
        System.IO.Directory.GetFiles(Directory, "*.json").Order(StringComparer.Ordinal)
            .SelectMany(path => Load(Path.GetFileName(path)).Fits.Select(f => (Path.GetFileName(path), f.Name)));

    private static double[] Values(JsonElement value) => value.ValueKind == JsonValueKind.Array
        ? value.EnumerateArray().Select(Number).ToArray()
        : [Number(value)];

    private static double Number(JsonElement e) => e.ValueKind == JsonValueKind.Null ? double.NaN : e.GetDouble();
}

/// <summary>One fit in a fixture: how to reproduce it and metafor's values.</summary>
internal sealed record MhFixtureFit(string Name, string Method, EffectMeasure Measure, BinaryPoolingConvention Convention,
    bool CmhCorrection, MantelHaenszelRdVariance? RdVariance, string Call, IReadOnlyDictionary<string, MhFixtureValue> Values)
{
    public MantelHaenszelOptions MhOptions => new()
    {
        Convention = Convention,
        CmhContinuityCorrection = CmhCorrection,
        RiskDifferenceVariance = RdVariance,
    };

    /// <summary>The scalar value of <paramref name="key"/>.</summary>
    public double this[string key] => Values[key].Values.Single();
}

/// <summary>A fixture value (one number or a vector) with the R expression that produced it.</summary>
internal sealed record MhFixtureValue(string R, double[] Values);
