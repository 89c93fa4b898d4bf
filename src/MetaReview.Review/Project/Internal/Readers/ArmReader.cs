using MetaReview.Review.Project.Internal.Yaml;
using MetaReview.Statistics.Conversions;

namespace MetaReview.Review.Project.Internal.Readers;

/// <summary>
/// Reads the experimental or control arm of a data entry: one arm as a mapping, or a list of arms to combine
/// (Cochrane Handbook Table 6.5.a). A continuous arm may give its SD directly or as reported: from the SE or
/// the confidence interval of the mean, from baseline and final SDs with a correlation (change scores), or
/// mean and SD together from a median with quartiles and/or range; cluster trials give a cluster size and
/// ICC. Each conversion is the engine's, recorded for the data notes.
/// </summary>
internal sealed class ArmReader(Fields entry, DataBuilder builder, ReviewStudy? study)
{
    private static readonly string[] ContinuousKeys =
    [
        "arm", "n", "mean", "sd", "se", "ci_lower", "ci_upper", "ci_level", "ci_distribution",
        "median", "q1", "q3", "min", "max", "median_method", "sd_baseline", "sd_final", "correlation",
        "cluster_size", "icc", "source",
    ];

    private static readonly string[] BinaryKeys = ["arm", "events", "n", "cluster_size", "icc", "source"];
    private static readonly string[] RateKeys = ["arm", "events", "time", "source"];

    private static readonly (string, IntervalDistribution)[] Distributions = [("t", IntervalDistribution.StudentT), ("normal", IntervalDistribution.Normal), ("z", IntervalDistribution.Normal)];
    private static readonly (string, MedianToMeanMethod)[] MedianMethods = [("luo-wan-shi", MedianToMeanMethod.LuoWanShi), ("hozo", MedianToMeanMethod.Hozo2005)];

    private static readonly Dictionary<string, string> ConversionKeys = new(StringComparer.Ordinal)
    {
        ["ciLower"] = "ci_lower",
        ["ciUpper"] = "ci_upper",
        ["level"] = "ci_level",
        ["standardError"] = "se",
        ["sdBaseline"] = "sd_baseline",
        ["sdFinal"] = "sd_final",
        ["meanClusterSize"] = "cluster_size",
        ["method"] = "median_method",
    };

    private ReadContext Context => entry.Context;

    /// <summary>A continuous arm (n, mean, SD), or null after reporting what is wrong.</summary>
    public ContinuousArm? Continuous(string side, string suffix)
    {
        switch (Side(side))
        {
            case SequenceNode list:
                {
                    var parts = list.Items.Select((item, i) => ContinuousOne(item, $"{side}[{i + 1}]", Part(side, i, item))).ToList();
                    Origins(suffix, list.Location, "mean", "sd", "n");
                    return parts.Any(p => p is null) || !EnoughToCombine(side, list) ? null
                        : Combine(side, list, parts.Select(p => p!.Value.Fields).ToList(), () => CombineArms.Continuous(parts.Select(p => p!.Value.Arm).ToList()), c => c.Record)?.Arm;
                }

            case { } node:
                {
                    var one = ContinuousOne(node, side, side + " arm");
                    if (one is { } o)
                    {
                        builder.Origin("mean_" + suffix, o.Fields.LocationOf(o.Fields.Has("median") ? "median" : "mean"));
                        builder.Origin("sd_" + suffix, o.SdAt);
                        builder.Origin("n_" + suffix, o.Fields.LocationOf("n"));
                    }

                    return one?.Arm;
                }

            default:
                return null;
        }
    }

    /// <summary>A binary arm (events, n), or null after reporting what is wrong.</summary>
    public BinaryArm? Binary(string side, string suffix)
    {
        switch (Side(side))
        {
            case SequenceNode list:
                {
                    var parts = list.Items.Select((item, i) => BinaryOne(item, $"{side}[{i + 1}]", Part(side, i, item))).ToList();
                    Origins(suffix, list.Location, "events", "n");
                    return parts.Any(p => p is null) || !EnoughToCombine(side, list) ? null
                        : Combine(side, list, parts.Select(p => p!.Value.Fields).ToList(), () => CombineArms.Binary(parts.Select(p => p!.Value.Arm).ToList()), c => c.Record)?.Arm;
                }

            case { } node:
                {
                    var one = BinaryOne(node, side, side + " arm");
                    if (one is { } o)
                    {
                        builder.Origin("events_" + suffix, o.Fields.LocationOf("events"));
                        builder.Origin("n_" + suffix, o.Fields.LocationOf("n"));
                    }

                    return one?.Arm;
                }

            default:
                return null;
        }
    }

    /// <summary>A rate arm (events, person-time), or null after reporting what is wrong.</summary>
    public (double Events, double Time)? Rates(string side, string suffix)
    {
        var node = Side(side);
        if (node is SequenceNode list)
        {
            entry.ErrorAt(side, ReviewProblemCode.WrongType, ReviewMessages.RateArmsNotCombined(side));
            return null;
        }

        if (node is null)
        {
            return null;
        }

        var f = Fields.Of(node, Context, ReviewMessages.Join(entry.Where, side + " arm"), "an arm", RateKeys);
        var errors = Context.ErrorCount;
        var source = f.Text("source") ?? builder.DefaultSource;
        CheckArm(f, null);
        var events = Required(f, "events", side, source);
        var time = Required(f, "time", side, source);
        builder.Origin("events_" + suffix, f.LocationOf("events"));
        builder.Origin("time_" + suffix, f.LocationOf("time"));
        return Context.ErrorCount == errors && events is { } e && time is { } t ? (e, t) : null;
    }

    private Node? Side(string side)
    {
        if (entry.Node(side) is { } node)
        {
            return node;
        }

        entry.Missing(side);
        return null;
    }

    private void Origins(string suffix, ReviewLocation location, params string[] fields)
    {
        foreach (var field in fields)
        {
            builder.Origin(field + "_" + suffix, location);
        }
    }

    private static string Part(string side, int index, Node item) =>
        Fields.Peek(item, "arm") is { } arm ? $"{side} arm {index + 1} ({arm})" : $"{side} arm {index + 1}";

    private bool EnoughToCombine(string side, SequenceNode list)
    {
        if (list.Items.Length >= 2)
        {
            return true;
        }

        entry.ErrorAt(side, ReviewProblemCode.InvalidValue, ReviewMessages.CombineNeedsTwo(side, list.Items.Length));
        return false;
    }

    /// <summary>Runs a combination, naming a component's key (experimental[2].n) for the engine's "arms[1].N".</summary>
    private T? Combine<T>(string side, SequenceNode list, List<Fields> components, Func<T> combine, Func<T, ConversionRecord> record)
        where T : class
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < components.Count; i++)
        {
            foreach (var name in new[] { "N", "Mean", "Sd", "Events" })
            {
                keys[$"arms[{i}].{name}"] = $"{side}[{i + 1}].{name.ToLowerInvariant()}";
            }
        }

        var f = Fields.At(list, Context, ReviewMessages.Join(entry.Where, side + " arms"));
        return ConversionRunner.Run(f, builder, side + " arms combined", combine, record, keys, locate: p => Locate(p, components) ?? list.Location);
    }

    private static ReviewLocation? Locate(string parameter, List<Fields> components)
    {
        var m = System.Text.RegularExpressions.Regex.Match(parameter, @"^arms\[(\d+)\]\.(\w+)$");
        return m.Success && int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is var i && i < components.Count
            ? components[i].LocationOf(m.Groups[2].Value.ToLowerInvariant())
            : null;
    }

    private (ContinuousArm Arm, Fields Fields, ReviewLocation SdAt)? ContinuousOne(Node node, string prefix, string part)
    {
        var f = Fields.Of(node, Context, ReviewMessages.Join(entry.Where, part), "an arm", ContinuousKeys);
        if (!f.IsMapping)
        {
            return null;
        }

        var errors = Context.ErrorCount;
        var source = f.Text("source") ?? builder.DefaultSource;
        double? V(string key) => builder.Value(f, key, prefix, source);
        var n = Required(f, "n", prefix, source);
        CheckArm(f, n);
        var mean = V("mean");
        var sd = V("sd");
        var se = V("se");
        var lower = V("ci_lower");
        var upper = V("ci_upper");
        var median = V("median");
        var q1 = V("q1");
        var q3 = V("q3");
        var min = V("min");
        var max = V("max");
        var sdBaseline = V("sd_baseline");
        var sdFinal = V("sd_final");
        var correlation = V("correlation");
        var level = Level(f, "ci_level");
        var distribution = f.Choice("ci_distribution", Distributions) ?? IntervalDistribution.StudentT;
        var method = f.Choice("median_method", MedianMethods) ?? MedianToMeanMethod.LuoWanShi;
        var clusterSize = V("cluster_size");
        var icc = V("icc");
        var sdForm = CheckContinuousForms(f);
        Together(f, "cluster_size", "icc");
        if (Context.ErrorCount != errors || n is not { } size)
        {
            return null;
        }

        double m, s;
        if (median is { } md)
        {
            var c = ConversionRunner.Run(f, builder, part, () => MedianToMean.FromSummary(min, q1, md, q3, max, size, method), r => r.Record, ConversionKeys);
            if (c is null)
            {
                return null;
            }

            (m, s) = (c.Mean, c.Sd);
        }
        else
        {
            m = mean!.Value;
            double? converted = sdForm switch
            {
                "sd" => sd,
                "se" => ConversionRunner.Run(f, builder, part, () => SdFromStandardError.Compute(se!.Value, size), r => r.Record, ConversionKeys)?.Sd,
                "ci_lower" => ConversionRunner.Run(f, builder, part, () => SdFromConfidenceInterval.Compute(lower!.Value, upper!.Value, size, level, distribution, m), r => r.Record, ConversionKeys)?.Sd,
                _ => ConversionRunner.Run(f, builder, part, () => ChangeScore.Sd(sdBaseline!.Value, sdFinal!.Value, correlation!.Value), r => r.Record, ConversionKeys)?.Sd,
            };
            if (converted is not { } c)
            {
                return null;
            }

            s = c;
        }

        if (clusterSize is { } clusters && icc is { } rho)
        {
            var adjusted = ConversionRunner.Run(f, builder, part, () => ClusterAdjustment.Continuous(size, clusters, rho), r => r.Record, ConversionKeys);
            if (adjusted is null)
            {
                return null;
            }

            size = adjusted.EffectiveN;
        }

        var sdAt = f.LocationOf(median is null ? sdForm! : "median");
        return (new ContinuousArm(size, m, s), f, sdAt);
    }

    /// <summary>
    /// Checks that a continuous arm gives its mean and SD in exactly one way and returns the key of the SD's
    /// form ("sd", "se", "ci_lower", "sd_baseline"), or null when the median gives both.
    /// </summary>
    private static string? CheckContinuousForms(Fields f)
    {
        string[] sdForms = [.. new[] { "sd", "se", "ci_lower", "sd_baseline" }.Where(k => k switch
        {
            "ci_lower" => f.Has("ci_lower") || f.Has("ci_upper"),
            "sd_baseline" => f.Has("sd_baseline") || f.Has("sd_final") || f.Has("correlation"),
            _ => f.Has(k),
        })];
        if (f.Has("median"))
        {
            if (f.Has("mean"))
            {
                f.ErrorAt("median", ReviewProblemCode.Conflict, ReviewMessages.MeanAndMedian);
            }

            if (sdForms.Length > 0)
            {
                f.ErrorAt(sdForms[0] == "ci_lower" && !f.Has("ci_lower") ? "ci_upper" : sdForms[0], ReviewProblemCode.Conflict, ReviewMessages.MedianGivesSd(sdForms[0]));
            }

            return null;
        }

        if (new[] { "q1", "q3", "min", "max", "median_method" }.FirstOrDefault(f.Has) is { } orphan)
        {
            f.ErrorAt(orphan, ReviewProblemCode.MissingField, ReviewMessages.NeedsMedian(orphan));
        }

        if (!f.Has("mean"))
        {
            f.Missing("mean", ReviewMessages.MeanSuggestion);
        }

        if (sdForms.Length == 0)
        {
            f.Missing("sd", ReviewMessages.SdSuggestion);
            return null;
        }

        if (sdForms.Length > 1)
        {
            f.ErrorAt(sdForms[1], ReviewProblemCode.Conflict, ReviewMessages.TwoSdForms(sdForms[0], sdForms[1]));
        }

        if (sdForms[0] != "ci_lower" && (f.Has("ci_level") || f.Has("ci_distribution")))
        {
            var key = f.Has("ci_level") ? "ci_level" : "ci_distribution";
            f.ErrorAt(key, ReviewProblemCode.Conflict, ReviewMessages.OnlyWithInterval(key));
        }

        Together(f, "ci_lower", "ci_upper");
        if (sdForms[0] == "sd_baseline")
        {
            Together(f, "sd_baseline", "sd_final", "correlation");
        }

        return sdForms[0];
    }

    private (BinaryArm Arm, Fields Fields)? BinaryOne(Node node, string prefix, string part)
    {
        var f = Fields.Of(node, Context, ReviewMessages.Join(entry.Where, part), "an arm", BinaryKeys);
        if (!f.IsMapping)
        {
            return null;
        }

        var errors = Context.ErrorCount;
        var source = f.Text("source") ?? builder.DefaultSource;
        var events = Required(f, "events", prefix, source);
        var n = Required(f, "n", prefix, source);
        CheckArm(f, n);
        var clusterSize = builder.Value(f, "cluster_size", prefix, source);
        var icc = builder.Value(f, "icc", prefix, source);
        Together(f, "cluster_size", "icc");
        if (Context.ErrorCount != errors || events is not { } e || n is not { } size)
        {
            return null;
        }

        if (clusterSize is { } clusters && icc is { } rho)
        {
            var adjusted = ConversionRunner.Run(f, builder, part, () => ClusterAdjustment.Binary(e, size, clusters, rho), r => r.Record, ConversionKeys);
            return adjusted is null ? null : (new BinaryArm(adjusted.EffectiveEvents!.Value, adjusted.EffectiveN), f);
        }

        return (new BinaryArm(e, size), f);
    }

    private double? Required(Fields f, string key, string prefix, string? source)
    {
        if (!f.Has(key))
        {
            f.Missing(key);
            return null;
        }

        return builder.Value(f, key, prefix, source);
    }

    /// <summary>Reports a key of a group given without the others (e.g. ci_lower without ci_upper).</summary>
    private static void Together(Fields f, params string[] keys)
    {
        if (keys.FirstOrDefault(f.Has) is { } present)
        {
            foreach (var key in keys.Where(k => !f.Has(k)))
            {
                f.ErrorAt(present, ReviewProblemCode.MissingField, ReviewMessages.GiveTogether(key, present, keys));
            }
        }
    }

    /// <summary>Checks the arm named by 'arm' exists in the study, and warns when more are analysed than were randomised to it.</summary>
    private void CheckArm(Fields f, double? n)
    {
        if (f.Text("arm") is not { } id || study is null)
        {
            return;
        }

        var arm = study.FindArm(id);
        if (arm is null)
        {
            var suggestion = study.Arms.IsEmpty ? ReviewMessages.NoArmsRecorded(study.Id) : Suggestions.DidYouMean(id, study.Arms.Select(a => a.Id));
            f.ErrorAt("arm", ReviewProblemCode.UnknownReference, ReviewMessages.UnknownArm(id, study.Id), suggestion);
            return;
        }

        if (n > arm.NRandomised)
        {
            f.WarningAt("n", ReviewProblemCode.Suspicious, ReviewMessages.MoreThanRandomised(n.Value, arm.Id, arm.NRandomised!.Value));
        }
    }

    /// <summary>A confidence level given as a percentage (95) or a proportion (0.95); 0.95 when absent.</summary>
    public static double Level(Fields f, string key)
    {
        if (f.Number(key) is not { } x)
        {
            return 0.95;
        }

        if (x > 0 && x < 100)
        {
            return x >= 1 ? x / 100 : x;
        }

        f.ErrorAt(key, ReviewProblemCode.InvalidValue, ReviewMessages.InvalidLevel(key, x));
        return 0.95;
    }
}
