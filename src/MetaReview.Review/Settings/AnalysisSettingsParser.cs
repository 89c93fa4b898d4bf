using System.Globalization;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Estimators;
using MetaReview.Statistics.Models;

namespace MetaReview.Review.Settings;

/// <summary>
/// Turns analysis settings given as text (command-line options, keys of a batch line, a review file's
/// analysis plan) into <see cref="AnalysisSettings"/>. Keys: measure, model, method, tau2, test, level,
/// preset, pi, i2, smd, zero_cells, increment, drop_double_zero. Values are case-insensitive. Every
/// problem is returned as a sentence naming the key, the value and what is accepted.
/// </summary>
public static class AnalysisSettingsParser
{
    /// <summary>The keys understood, in the order they are documented.</summary>
    public static IReadOnlyList<string> Keys { get; } =
        ["measure", "model", "method", "tau2", "test", "level", "preset", "pi", "i2", "smd", "zero_cells", "increment", "drop_double_zero"];

    /// <summary>Parses the given key/value pairs; null or empty values are ignored.</summary>
    public static (AnalysisSettings Settings, IReadOnlyList<string> Problems) Parse(IEnumerable<KeyValuePair<string, string?>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var problems = new List<string>();
        var s = new AnalysisSettings();
        foreach (var (rawKey, rawValue) in values)
        {
            if (string.IsNullOrWhiteSpace(rawValue))
            {
                continue;
            }

            var key = rawKey.Trim().ToLowerInvariant().Replace('-', '_');
            var value = rawValue.Trim();
            switch (key)
            {
                case "measure":
                    s = s with { Measure = Enum<EffectMeasure>(key, value, problems) };
                    break;
                case "model":
                    s = s with { Model = Choice(key, value, problems, ("fixed", EffectModel.Fixed), ("common", EffectModel.Fixed), ("random", EffectModel.Random)) };
                    break;
                case "method":
                    s = s with { Method = Choice(key, value, problems, ("IV", PoolingMethod.IV), ("MH", PoolingMethod.MH), ("Peto", PoolingMethod.Peto)) };
                    break;
                case "tau2":
                    s = s with { Tau2Method = Enum<Tau2Method>(key, value, problems) };
                    break;
                case "test":
                    s = s with { Test = Choice(key, value, problems, ("z", TestMethod.Z), ("knha", TestMethod.Knha), ("hksj", TestMethod.Knha)) };
                    break;
                case "level":
                    s = s with { Level = Level(value, problems) };
                    break;
                case "preset":
                    var preset = Preset.Find(value);
                    if (preset is null)
                    {
                        problems.Add(Unknown(key, value, Preset.All.Select(p => p.Name)));
                    }
                    else
                    {
                        s = s with { Preset = preset };
                    }

                    break;
                case "pi":
                    s = s with { PredictionInterval = Choice(key, value, problems, ("standard", PredictionIntervalMethod.Standard), ("riley", PredictionIntervalMethod.HigginsRiley), ("higgins-riley", PredictionIntervalMethod.HigginsRiley)) };
                    break;
                case "i2":
                    s = s with { HeterogeneityBasis = Choice(key, value, problems, ("tau2", HeterogeneityBasis.Tau2), ("q", HeterogeneityBasis.Q)) };
                    break;
                case "smd":
                    s = s with { Smd = Choice(key, value, problems, ("hedges", SmdVariant.HedgesG), ("cohen", SmdVariant.CohensD), ("revman", SmdVariant.HedgesGApproximate)) };
                    break;
                case "zero_cells":
                    s = s with { ZeroCellRule = Choice(key, value, problems, ("only0", ContinuityRule.OnlyStudiesWithZero), ("all", ContinuityRule.AllStudies), ("if0all", ContinuityRule.AllIfAnyZero), ("none", ContinuityRule.None)) };
                    break;
                case "increment":
                    s = s with { ZeroCellIncrement = NonNegative(key, value, problems) };
                    break;
                case "drop_double_zero":
                    s = s with { DropDoubleZero = Choice(key, value, problems, ("true", true), ("false", false), ("yes", true), ("no", false)) };
                    break;
                default:
                    problems.Add($"unknown setting '{rawKey}' (known: {string.Join(", ", Keys)})");
                    break;
            }
        }

        return (s, problems);
    }

    private static T? Enum<T>(string key, string value, List<string> problems)
        where T : struct, Enum
    {
        foreach (var name in System.Enum.GetNames<T>())
        {
            if (string.Equals(name, value, StringComparison.OrdinalIgnoreCase))
            {
                return System.Enum.Parse<T>(name);
            }
        }

        problems.Add(Unknown(key, value, System.Enum.GetNames<T>()));
        return null;
    }

    private static T? Choice<T>(string key, string value, List<string> problems, params (string Name, T Value)[] choices)
        where T : struct
    {
        foreach (var (name, v) in choices)
        {
            if (string.Equals(name, value, StringComparison.OrdinalIgnoreCase))
            {
                return v;
            }
        }

        problems.Add(Unknown(key, value, choices.Select(c => c.Name)));
        return null;
    }

    private static double? Level(string value, List<string> problems)
    {
        if (double.TryParse(value.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && x > 0 && x < 100)
        {
            // 95 means 95%; a value below 1 is read as a proportion (0.95).
            return x >= 1 ? x / 100 : x;
        }

        problems.Add($"level must be a percentage between 0 and 100 (e.g. 95), got '{value}'");
        return null;
    }

    private static double? NonNegative(string key, string value, List<string> problems)
    {
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && x >= 0 && double.IsFinite(x))
        {
            return x;
        }

        problems.Add($"{key} must be a number ≥ 0, got '{value}'");
        return null;
    }

    private static string Unknown(string key, string value, IEnumerable<string> accepted) =>
        $"unknown {key} '{value}' (expected one of: {string.Join(", ", accepted)})";
}
