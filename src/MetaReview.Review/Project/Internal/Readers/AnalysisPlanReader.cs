using System.Collections.Immutable;
using System.Text.RegularExpressions;
using MetaReview.Review.Project.Internal.Yaml;
using MetaReview.Review.Settings;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.MetaRegression;

namespace MetaReview.Review.Project.Internal.Readers;

/// <summary>
/// Reads analysis plans: the review's default settings, and each outcome's settings, subgroup variables and
/// sensitivity analyses. Settings are parsed by <see cref="AnalysisSettingsParser"/> (one key at a time, so
/// that each problem is reported at its value) and resolved over their preset as the engine will resolve
/// them, so that settings which cannot go together are found when the file is loaded.
/// </summary>
internal static partial class AnalysisPlanReader
{
    /// <summary>The settings keys of a plan: those of <see cref="AnalysisSettingsParser"/> but the measure, which is the outcome's.</summary>
    public static readonly string[] SettingKeys = [.. AnalysisSettingsParser.Keys.Where(k => k != "measure")];

    private static readonly string[] PlanKeys = [.. SettingKeys, "subgroups", "sensitivity", "meta_regression"];
    private static readonly string[] SensitivityKeys = [.. SettingKeys, "name", "exclude"];

    private static readonly (string Name, SensitivityKind Kind, string Title, (string, string)[] Settings)[] Shorthands =
    [
        ("exclude-high-risk", SensitivityKind.ExcludeHighRiskOfBias, "Excluding studies at high risk of bias", []),
        ("fixed-effect", SensitivityKind.Settings, "Fixed-effect model", [("model", "fixed")]),
        ("leave-one-out", SensitivityKind.LeaveOneOut, "Leave one out", []),
    ];

    /// <summary>The review's default settings (the top-level <c>analysis</c>), each checked where it is written.</summary>
    public static ImmutableArray<(string Key, string Value)> Defaults(Fields root)
    {
        if (root.Node("analysis") is not { } node)
        {
            return [];
        }

        var f = Fields.Of(node, root.Context, "analysis", "the analysis defaults", SettingKeys,
            key => key is "subgroups" or "sensitivity" or "meta_regression" ? ReviewMessages.PlanKeyPerOutcome(key) : null);
        return Settings(f);
    }

    public static AnalysisPlan? Read(Fields outcome, string outcomeId, EffectMeasure measure, ImmutableArray<(string Key, string Value)> defaults, ReviewIds ids, ImmutableArray<OutcomeData> data)
    {
        var errors = outcome.Context.ErrorCount;
        var node = outcome.Node("analysis");
        var f = node is null ? null : Fields.Of(node, outcome.Context, $"outcome '{outcomeId}', analysis", "the analysis plan", PlanKeys);
        var own = f is null ? [] : Settings(f);
        var pairs = Merge(defaults, own);
        var settings = Resolve(pairs, measure, outcome.Context, f?.Location ?? outcome.LocationOf("measure"), f?.Where ?? outcome.Where);
        var subgroups = f is null ? [] : Subgroups(f, ids, data);
        var sensitivity = f is null ? [] : Sensitivity(f, pairs, measure, ids, data);
        var metaRegression = f is null ? [] : MetaRegression(f, ids, data);
        return settings is null || outcome.Context.ErrorCount != errors
            ? null
            : new AnalysisPlan(settings.Value.Settings, settings.Value.Options, subgroups, sensitivity) { MetaRegression = metaRegression };
    }

    /// <summary>The settings keys of <paramref name="f"/>, each checked alone (so that a problem is reported at its value).</summary>
    private static ImmutableArray<(string Key, string Value)> Settings(Fields f)
    {
        var result = ImmutableArray.CreateBuilder<(string, string)>();
        foreach (var key in SettingKeys)
        {
            if (f.Node(key) is not { } value)
            {
                continue;
            }

            if (value is not ScalarNode { Value: { } text })
            {
                f.ErrorAt(key, ReviewProblemCode.WrongType, ReviewMessages.MustBe(key, "a single value", value));
                continue;
            }

            var (_, problems) = AnalysisSettingsParser.Parse([new KeyValuePair<string, string?>(key, text)]);
            foreach (var problem in problems)
            {
                var accepted = ExpectedList().Match(problem);
                var suggestion = accepted.Success ? Suggestions.DidYouMean(text, accepted.Groups[1].Value.Split(", ")) : null;
                f.ErrorAt(key, ReviewProblemCode.InvalidValue, problem, suggestion);
            }

            if (problems.Count == 0)
            {
                result.Add((key, text));
            }
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<(string Key, string Value)> Merge(ImmutableArray<(string Key, string Value)> under, ImmutableArray<(string Key, string Value)> over) =>
        [.. under.Where(u => !over.Any(o => o.Key == u.Key)), .. over];

    /// <summary>The settings and the options they resolve to, or null after reporting why they cannot go together.</summary>
    private static (AnalysisSettings Settings, AnalysisOptions Options)? Resolve(ImmutableArray<(string Key, string Value)> pairs, EffectMeasure measure, ReadContext context, ReviewLocation location, string? where)
    {
        var (settings, _) = AnalysisSettingsParser.Parse(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));
        settings = settings with { Measure = measure };
        try
        {
            return (settings, settings.Resolve(measure));
        }
        catch (AnalysisException e)
        {
            context.Error(ReviewProblemCode.InvalidAnalysisPlan, location, ReviewMessages.In(where, CommandLineOption().Replace(e.Message, "$1: ")));
            return null;
        }
    }

    private static ImmutableArray<string> Subgroups(Fields f, ReviewIds ids, ImmutableArray<OutcomeData> data)
    {
        var result = ImmutableArray.CreateBuilder<string>();
        foreach (var (id, location) in f.TextList("subgroups", allowSingle: true))
        {
            if (ids.Characteristics.Resolve(id, location, f.Where) is not { } characteristic)
            {
                continue;
            }

            if (result.Contains(id))
            {
                f.Context.Error(ReviewProblemCode.DuplicateId, location, ReviewMessages.In(f.Where, ReviewMessages.DuplicateSubgroup(id)));
                continue;
            }

            result.Add(id);
            var without = data.Where(d => d.Study.Characteristic(characteristic.Id) is null).Select(d => d.Study.Id).ToList();
            if (without.Count > 0)
            {
                f.Context.Warning(ReviewProblemCode.Incomplete, location, ReviewMessages.In(f.Where, ReviewMessages.StudiesWithoutCharacteristic(id, without)),
                    ReviewMessages.CharacteristicSuggestion(id));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// The planned meta-regressions: formulas over declared characteristics, e.g. <c>latitude</c> or
    /// <c>latitude + factor(allocation)</c>; each name must be a characteristic, and studies without a value are reported.
    /// </summary>
    private static ImmutableArray<ModeratorFormula> MetaRegression(Fields f, ReviewIds ids, ImmutableArray<OutcomeData> data)
    {
        var result = ImmutableArray.CreateBuilder<ModeratorFormula>();
        foreach (var (text, location) in f.TextList("meta_regression", allowSingle: true))
        {
            ModeratorFormula formula;
            try
            {
                formula = ModeratorFormula.Parse(text);
            }
            catch (FormatException e)
            {
                f.Context.Error(ReviewProblemCode.InvalidValue, location, ReviewMessages.In(f.Where, e.Message));
                continue;
            }

            var known = true;
            foreach (var term in formula.Terms)
            {
                if (ids.Characteristics.Resolve(term.Column, location, f.Where) is not { } characteristic)
                {
                    known = false;
                    continue;
                }

                var without = data.Where(d => d.Study.Characteristic(characteristic.Id) is null).Select(d => d.Study.Id).ToList();
                if (without.Count > 0)
                {
                    f.Context.Warning(ReviewProblemCode.Incomplete, location, ReviewMessages.In(f.Where, ReviewMessages.StudiesWithoutCharacteristic(characteristic.Id, without)),
                        ReviewMessages.CharacteristicSuggestion(characteristic.Id));
                }
            }

            if (known)
            {
                result.Add(formula);
            }
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<SensitivityAnalysis> Sensitivity(Fields plan, ImmutableArray<(string Key, string Value)> outcomePairs, EffectMeasure measure, ReviewIds ids, ImmutableArray<OutcomeData> data)
    {
        var result = ImmutableArray.CreateBuilder<SensitivityAnalysis>();
        var names = new Dictionary<string, ReviewLocation>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in plan.Items("sensitivity"))
        {
            var analysis = item is ScalarNode scalar ? Shorthand(plan, scalar, outcomePairs, measure) : Custom(plan, item, outcomePairs, measure, ids, data);
            if (analysis is null)
            {
                continue;
            }

            if (names.TryGetValue(analysis.Name, out var first))
            {
                plan.Context.Error(ReviewProblemCode.DuplicateId, item.Location, ReviewMessages.In(plan.Where, ReviewMessages.DuplicateId("sensitivity analysis", analysis.Name, first)));
                continue;
            }

            names.Add(analysis.Name, item.Location);
            result.Add(analysis);
        }

        return result.ToImmutable();
    }

    private static SensitivityAnalysis? Shorthand(Fields plan, ScalarNode item, ImmutableArray<(string Key, string Value)> outcomePairs, EffectMeasure measure)
    {
        var text = item.Value ?? "";
        var shorthand = Shorthands.FirstOrDefault(s => Suggestions.Normalise(s.Name) == Suggestions.Normalise(text));
        if (shorthand.Name is null)
        {
            var known = Shorthands.Select(s => s.Name).ToList();
            plan.Context.Error(ReviewProblemCode.InvalidValue, item.Location, ReviewMessages.In(plan.Where, ReviewMessages.UnknownSensitivity(text, known)),
                Suggestions.DidYouMean(text, known) ?? ReviewMessages.SensitivitySuggestion);
            return null;
        }

        var pairs = Merge(outcomePairs, [.. shorthand.Settings]);
        return Resolve(pairs, measure, plan.Context, item.Location, plan.Where) is { } resolved
            ? new SensitivityAnalysis(shorthand.Title, shorthand.Kind, resolved.Settings, [], item.Location)
            : null;
    }

    private static SensitivityAnalysis? Custom(Fields plan, Node item, ImmutableArray<(string Key, string Value)> outcomePairs, EffectMeasure measure, ReviewIds ids, ImmutableArray<OutcomeData> data)
    {
        var where = ReviewMessages.Join(plan.Where, Fields.Named("sensitivity analysis", Fields.Peek(item, "name")));
        var f = Fields.Of(item, plan.Context, where, "a sensitivity analysis (a name, or a mapping with name, exclude and settings)", SensitivityKeys);
        if (!f.IsMapping)
        {
            return null;
        }

        var errors = f.Context.ErrorCount;
        var name = f.RequiredText("name");
        var own = Settings(f);
        var excluded = ImmutableArray.CreateBuilder<string>();
        foreach (var (id, location) in f.TextList("exclude", allowSingle: true))
        {
            if (ids.Studies.Resolve(id, location, where) is null)
            {
                continue;
            }

            if (!data.Any(d => d.Study.Id == id))
            {
                f.Context.Warning(ReviewProblemCode.Incomplete, location, ReviewMessages.In(where, ReviewMessages.ExcludedStudyHasNoData(id)));
            }

            excluded.Add(id);
        }

        if (excluded.Count == 0 && own.IsEmpty && f.Context.ErrorCount == errors)
        {
            f.Error(ReviewProblemCode.MissingField, ReviewMessages.SensitivityChangesNothing, ReviewMessages.SensitivitySuggestion);
        }

        var resolved = Resolve(Merge(outcomePairs, own), measure, f.Context, f.Location, f.Where);
        return resolved is null || name is null || f.Context.ErrorCount != errors
            ? null
            : new SensitivityAnalysis(name, excluded.Count > 0 ? SensitivityKind.ExcludeStudies : SensitivityKind.Settings, resolved.Value.Settings, excluded.ToImmutable(), f.Location);
    }

    [GeneratedRegex(@"\(expected one of: (.*)\)$")]
    private static partial Regex ExpectedList();

    /// <summary>"--method IV" in the engine's messages, which are written for the command line.</summary>
    [GeneratedRegex(@"--([a-z0-9\-]+) ")]
    private static partial Regex CommandLineOption();
}
