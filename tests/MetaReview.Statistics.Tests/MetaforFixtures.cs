using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MetaReview.Statistics.Tests;

/// <summary>
/// Loads the metafor reference fixtures written by <c>tools/reference/generate.R</c> (one JSON file per
/// dataset under <c>Fixtures/Metafor/</c>, copied to the test output). The JSON keys are the names used
/// here; every value sits beside the R call that produced it.
/// </summary>
internal static class MetaforFixtures
{
    private static readonly ConcurrentDictionary<string, UniFixture> Cache = new();
    // NaN and ±Inf are written as the strings "NaN", "Infinity", "-Infinity" (JSON has no such numbers); NA is null.
    private static readonly JsonSerializerOptions Options = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    /// <summary>The folder holding the rma.uni fixtures.</summary>
    public static string UniDirectory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Metafor");

    /// <summary>Ids (file names without extension) of every rma.uni fixture.</summary>
    public static IReadOnlyList<string> UniIds() =>
        [.. Directory.EnumerateFiles(UniDirectory, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>The fixture with the given id.</summary>
    public static UniFixture Uni(string id) => Cache.GetOrAdd(id, static key =>
    {
        var path = Path.Combine(UniDirectory, key + ".json");
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<UniFixture>(stream, Options)
            ?? throw new InvalidDataException($"{path}: empty fixture");
    });

    /// <summary>One model of one effect block.</summary>
    public static (UniFixture Fixture, EffectFixture Effect, ModelFixture Model) Model(string id, string effect, string method, string test)
    {
        var fixture = Uni(id);
        var block = fixture.Effects.Single(e => e.Name == effect);
        var model = block.Models.Single(m => m.Method == method && m.Test == test);
        return (fixture, block, model);
    }

    /// <summary>(id, effect, method, test) for every model of every fixture, as xunit theory rows.</summary>
    public static IEnumerable<object[]> AllModels(Func<ModelFixture, bool>? where = null)
    {
        foreach (var id in UniIds())
        {
            foreach (var effect in Uni(id).Effects)
            {
                foreach (var model in effect.Models)
                {
                    if (where is null || where(model))
                    {
                        yield return [id, effect.Name, model.Method, model.Test];
                    }
                }
            }
        }
    }
}

/// <summary>A fixture file: one dataset, its effect sizes and every model fitted to them.</summary>
internal sealed record UniFixture(string Id, string Dataset, string Source, string Covers, DataFixture Data, IReadOnlyList<EffectFixture> Effects);

/// <summary>The R call that creates <c>dat</c>, and the raw columns given to escalc.</summary>
internal sealed record DataFixture(string Call, Dictionary<string, JsonElement> Columns);

/// <summary>One set of effect sizes (an escalc call) and the models fitted to it.</summary>
internal sealed record EffectFixture(
    string Name,
    string Measure,
    string Call,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Warnings,
    double ConvergenceTolerance,
    IReadOnlyList<double?> Yi,
    IReadOnlyList<double?> Vi,
    IReadOnlyList<ModelFixture> Models,
    CheckFixture? Check)
{
    /// <summary>The sampling variances' scale: k / Σ(1/vᵢ) over the studies a model uses.</summary>
    public double TypicalVariance(ModelFixture model) => model.Included!.Count / model.Included.Sum(i => 1 / Vi[i - 1]!.Value);

    /// <summary>The yᵢ and vᵢ of the studies metafor used in <paramref name="model"/> (its 1-based Included rows).</summary>
    public (double[] Yi, double[] Vi) Studies(ModelFixture model) =>
        ([.. model.Included!.Select(i => Yi[i - 1]!.Value)], [.. model.Included!.Select(i => Vi[i - 1]!.Value)]);
}

/// <summary>An rma() fit as metafor reported it (null where metafor gives NA or nothing).</summary>
internal sealed record ModelFixture
{
    public required string Method { get; init; }

    public required string Test { get; init; }

    public string? TestUsed { get; init; }

    public required string Call { get; init; }

    public string? Error { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];

    public int K { get; init; }

    public IReadOnlyList<int>? Included { get; init; }

    public double? Estimate { get; init; }

    public double? StandardError { get; init; }

    public double? Statistic { get; init; }

    public double? Df { get; init; }

    public double? PValue { get; init; }

    public double? CiLower { get; init; }

    public double? CiUpper { get; init; }

    public double? Tau2 { get; init; }

    public double? Tau2Se { get; init; }

    public double? I2 { get; init; }

    public double? H2 { get; init; }

    public double? Q { get; init; }

    public int QDf { get; init; }

    public double? QP { get; init; }

    public IReadOnlyList<double?> WeightPercent { get; init; } = [];

    public IntervalFixture? PredictionInterval { get; init; }

    public IntervalFixture? PredictionIntervalRiley { get; init; }

    public ConfintFixture? Confint { get; init; }

    public DefaultControlFixture? DefaultControl { get; init; }

    /// <summary>"dataset effect method/test", for failure messages.</summary>
    public string Label(UniFixture fixture, EffectFixture effect) => $"{fixture.Id} {effect.Name} {Method}/{Test}";
}

/// <summary>An interval with the call that produced it.</summary>
internal sealed record IntervalFixture(string Call, double? Lower, double? Upper, string? Error, bool ComputedInR = false);

/// <summary>confint(): the Q-profile intervals for tau², tau, I² and H².</summary>
internal sealed record ConfintFixture(
    string Call,
    string? Error,
    string? LowerBoundFlag,
    string? UpperBoundFlag,
    bool NullSet,
    ConfintRow? Tau2,
    ConfintRow? Tau,
    ConfintRow? I2,
    ConfintRow? H2);

/// <summary>One row of confint()'s random-effects table.</summary>
internal sealed record ConfintRow(double? Estimate, double? Lower, double? Upper);

/// <summary>The same model fitted with metafor's default convergence control.</summary>
internal sealed record DefaultControlFixture(string Call, string? Error, double? Tau2, double? Estimate, IReadOnlyList<string> Warnings);

/// <summary>An independent check of an optimum, computed in R.</summary>
internal sealed record CheckFixture(string Call, double Tau2, string Note);
