using MetaReview.Statistics.Conversions;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.Project.Internal.Readers;

/// <summary>
/// Reads a study's effect estimate for generic inverse-variance analysis: <c>yi</c> with <c>vi</c> or
/// <c>se</c> on the analysis scale (log for ratios), or the <c>estimate</c> as reported with its confidence
/// interval or P value, converted by the engine (Cochrane Handbook §6.3.1–6.3.2).
/// </summary>
internal static class GenericEstimateReader
{
    /// <summary>The keys of this form, which may appear in any outcome's data entry.</summary>
    public static readonly string[] Keys = ["yi", "vi", "se", "estimate", "ci_lower", "ci_upper", "ci_level", "df", "p", "scale"];

    private static readonly (string, EffectScale)[] Scales = [("ratio", EffectScale.Ratio), ("difference", EffectScale.Difference), ("log", EffectScale.Difference)];

    private static readonly Dictionary<string, string> ConversionKeys = new(StringComparer.Ordinal)
    {
        ["ciLower"] = "ci_lower",
        ["ciUpper"] = "ci_upper",
        ["level"] = "ci_level",
    };

    public static GenericData? Read(Fields f, DataBuilder builder, EffectMeasure measure)
    {
        var errors = f.Context.ErrorCount;
        var source = builder.DefaultSource;
        double? V(string key) => builder.Value(f, key, "", source);
        var yi = V("yi");
        var vi = V("vi");
        var se = V("se");
        var estimate = V("estimate");
        var lower = V("ci_lower");
        var upper = V("ci_upper");
        var p = V("p");
        var df = f.Number("df");
        var level = ArmReader.Level(f, "ci_level");
        var scale = f.Choice("scale", Scales) ?? (measure.IsRatio() ? EffectScale.Ratio : EffectScale.Difference);
        var form = CheckForms(f);
        if (f.Context.ErrorCount != errors || form is null)
        {
            return null;
        }

        builder.Origin("yi", f.LocationOf(f.Has("yi") ? "yi" : "estimate"));
        builder.Origin("vi", f.LocationOf(form));
        switch (form)
        {
            case "vi":
                return new GenericData(yi!.Value, vi!.Value);
            case "se":
                if (!(se > 0))
                {
                    f.ErrorAt("se", ReviewProblemCode.InvalidStudyData, ReviewMessages.MustBePositive("se", se!.Value));
                    return null;
                }

                return GenericData.FromStandardError(yi!.Value, se.Value);
            default:
                var suggestion = scale == EffectScale.Ratio ? ReviewMessages.RatioSuggestion : null;
                var converted = form == "ci_lower"
                    ? ConversionRunner.Run(f, builder, "estimate", () => StandardErrorFromConfidenceInterval.Compute(lower!.Value, upper!.Value, scale, estimate, level, df), r => r.Record, ConversionKeys, suggestion)
                    : ConversionRunner.Run(f, builder, "estimate", () => StandardErrorFromPValue.Compute(estimate!.Value, p!.Value, scale, df), r => r.Record, ConversionKeys, suggestion);
                return converted is null ? null : GenericData.FromStandardError(converted.Estimate!.Value, converted.StandardError);
        }
    }

    /// <summary>The key of the variance's form: "vi", "se" (with yi), "ci_lower" or "p" (with estimate); null after reporting.</summary>
    private static string? CheckForms(Fields f)
    {
        if (f.Has("yi"))
        {
            if (new[] { "estimate", "ci_lower", "ci_upper", "p", "ci_level", "df", "scale" }.FirstOrDefault(f.Has) is { } reported)
            {
                f.ErrorAt(reported, ReviewProblemCode.Conflict, ReviewMessages.YiWithReported(reported));
                return null;
            }

            switch (f.Has("vi"), f.Has("se"))
            {
                case (true, true):
                    f.ErrorAt("se", ReviewProblemCode.Conflict, ReviewMessages.ViAndSe);
                    return null;
                case (false, false):
                    f.Missing("se", ReviewMessages.YiNeedsVariance);
                    return null;
                default:
                    return f.Has("vi") ? "vi" : "se";
            }
        }

        if (!f.Has("estimate"))
        {
            var given = new[] { "vi", "se", "ci_lower", "ci_upper", "p" }.First(f.Has);
            f.ErrorAt(given, ReviewProblemCode.MissingField, ReviewMessages.NeedsEstimate(given), ReviewMessages.EstimateSuggestion);
            return null;
        }

        if (new[] { "vi", "se" }.FirstOrDefault(f.Has) is { } variance)
        {
            f.ErrorAt(variance, ReviewProblemCode.Conflict, ReviewMessages.EstimateWithVariance(variance));
            return null;
        }

        var hasInterval = f.Has("ci_lower") || f.Has("ci_upper");
        if (hasInterval && f.Has("p"))
        {
            f.ErrorAt("p", ReviewProblemCode.Conflict, ReviewMessages.IntervalAndP);
            return null;
        }

        if (!hasInterval && !f.Has("p"))
        {
            f.Missing("ci_lower", ReviewMessages.EstimateNeedsInterval);
            return null;
        }

        if (hasInterval && !(f.Has("ci_lower") && f.Has("ci_upper")))
        {
            var present = f.Has("ci_lower") ? "ci_lower" : "ci_upper";
            f.ErrorAt(present, ReviewProblemCode.MissingField, ReviewMessages.GiveTogether(present == "ci_lower" ? "ci_upper" : "ci_lower", present, ["ci_lower", "ci_upper"]));
            return null;
        }

        if (!hasInterval && f.Has("ci_level"))
        {
            f.ErrorAt("ci_level", ReviewProblemCode.Conflict, ReviewMessages.OnlyWithInterval("ci_level"));
            return null;
        }

        return hasInterval ? "ci_lower" : "p";
    }
}
