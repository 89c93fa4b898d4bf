using System.Text.Json;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.Estimators;
using MetaReview.Statistics.Models;

namespace MetaReview.Reporting.Results;

/// <summary>
/// Writes an analysis as JSON with snake_case keys on the analysis scale at full precision (shortest
/// round-trip form); the keys are documented in docs/json-output.md. Non-finite numbers are written as null.
/// </summary>
public static class AnalysisJsonWriter
{
    private static readonly JsonEncodedText StudyName = JsonEncodedText.Encode("study");
    private static readonly JsonEncodedText YiName = JsonEncodedText.Encode("yi");
    private static readonly JsonEncodedText ViName = JsonEncodedText.Encode("vi");
    private static readonly JsonEncodedText WeightName = JsonEncodedText.Encode("weight_percent");

    /// <summary>The version of MetaReview that produced a result, written into every document.</summary>
    public static string SoftwareVersion { get; } =
        typeof(AnalysisJsonWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    private static readonly string Software = $"MetaReview {SoftwareVersion}";

    /// <summary>Writes one analysis as a JSON object. <paramref name="id"/> is echoed first when given (batch mode).</summary>
    public static void Write(Utf8JsonWriter json, AnalysisResult result, string? id = null) => Write(json, new AnalysisOutput(result), id);

    /// <summary>
    /// Writes one analysis as a JSON object, followed by its subgroup analysis (<c>subgroup_analysis</c>, <c>subgroups</c>,
    /// <c>q_between</c>, <c>subgroup_test</c>), meta-regression (<c>metareg</c>), sensitivity analyses
    /// (<see cref="SensitivityJsonWriter"/>) and small-study tests (<see cref="SmallStudyJsonWriter"/>) when it has them.
    /// </summary>
    public static void Write(Utf8JsonWriter json, AnalysisOutput output, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(output);
        var result = output.Analysis;
        var m = result.Model;
        var o = result.Options;
        json.WriteStartObject();
        if (id is not null)
        {
            json.WriteString("id"u8, id);
        }

        json.WriteString("measure"u8, o.Measure.ToString());
        json.WriteString("measure_name"u8, Statistics.EffectSizes.EffectMeasureExtensions.DisplayName(o.Measure));
        json.WriteString("scale"u8, Statistics.EffectSizes.EffectMeasureExtensions.IsRatio(o.Measure) ? "log" : "identity");
        json.WriteNumber("k"u8, m.K);
        Number(json, "estimate"u8, m.Estimate);
        Number(json, "se"u8, m.StandardError);
        Number(json, "statistic"u8, m.Statistic);
        Number(json, "df"u8, m.Df);
        Number(json, "p_value"u8, m.PValue);
        Number(json, "ci_lower"u8, m.CiLower);
        Number(json, "ci_upper"u8, m.CiUpper);
        Number(json, "tau2"u8, m.Tau2);
        Number(json, "tau2_se"u8, m.Tau2Se);
        Number(json, "tau"u8, m.Tau);
        Number(json, "i2"u8, m.I2);
        Number(json, "h2"u8, m.H2);
        Number(json, "i2_q"u8, m.I2FromQ);
        Number(json, "h2_q"u8, m.H2FromQ);
        Number(json, "q"u8, m.Q);
        json.WriteNumber("q_df"u8, m.QDf);
        Number(json, "q_p"u8, m.QP);
        Number(json, "pi_lower"u8, m.PredictionInterval?.Lower);
        Number(json, "pi_upper"u8, m.PredictionInterval?.Upper);
        Interval(json, "tau2_ci"u8, m.Tau2Ci);
        Interval(json, "tau_ci"u8, m.TauCi);
        Interval(json, "i2_ci"u8, m.I2Ci);
        Interval(json, "h2_ci"u8, m.H2Ci);
        BackTransformed(json, result.BackTransformed);

        Test(json, "cmh"u8, m.Cmh);
        Test(json, "tarone"u8, m.Tarone);
        WriteStudies(json, result);
        if (m.Convergence is { } c)
        {
            json.WriteStartObject("convergence"u8);
            json.WriteBoolean("converged"u8, c.Converged);
            json.WriteNumber("iterations"u8, c.Iterations);
            json.WriteString("algorithm"u8, c.Algorithm);
            Number(json, "last_change"u8, c.LastChange);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("convergence"u8);
        }

        WriteSettings(json, result);
        Strings(json, "conventions"u8, m.Conventions);
        Strings(json, "warnings"u8, result.Notes);
        if (output.Subgroups is { } subgroups)
        {
            SubgroupJsonWriter.Write(json, subgroups);
        }

        if (output.MetaRegression is { } metareg)
        {
            MetaRegressionJsonWriter.Write(json, metareg);
        }

        if (output.Sensitivity is { } sensitivity)
        {
            SensitivityJsonWriter.Write(json, sensitivity);
        }

        if (output.SmallStudy is { } smallStudy)
        {
            SmallStudyJsonWriter.Write(json, smallStudy);
        }

        json.WriteEndObject();
    }

    /// <summary>Writes one analysis as an indented JSON document to a stream.</summary>
    public static void Write(Stream stream, AnalysisResult result, bool indented = true) => Write(stream, new AnalysisOutput(result), indented);

    /// <summary>Writes one analysis with its subgroups and meta-regression as a JSON document to a stream.</summary>
    public static void Write(Stream stream, AnalysisOutput output, bool indented = true)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented });
        Write(json, output);
    }

    private static void WriteStudies(Utf8JsonWriter json, AnalysisResult result)
    {
        var e = result.Effects;
        json.WriteStartArray("studies"u8);
        for (var i = 0; i < e.K; i++)
        {
            json.WriteStartObject();
            json.WriteString(StudyName, e.Studies[i]);
            Number(json, YiName, e.Yi[i]);
            Number(json, ViName, e.Vi[i]);
            Number(json, WeightName, result.Model.WeightPercent[i]);
            if (e.Increments[i] != 0)
            {
                Number(json, "continuity_correction"u8, e.Increments[i]);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        Excluded(json, e.Excluded);
    }

    /// <summary>Studies left out, as <c>"excluded": [{study, reason}]</c>.</summary>
    internal static void Excluded(Utf8JsonWriter json, IEnumerable<Statistics.EffectSizes.StudyNote> excluded)
    {
        json.WriteStartArray("excluded"u8);
        foreach (var x in excluded)
        {
            json.WriteStartObject();
            json.WriteString("study"u8, x.Study);
            json.WriteString("reason"u8, x.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteSettings(Utf8JsonWriter json, AnalysisResult result)
    {
        var o = result.Options;
        var m = result.Model;
        json.WriteStartObject("settings"u8);
        json.WriteString("preset"u8, o.Preset);
        json.WriteString("method"u8, m.Method.ToString());
        ModelSettings(json, m.Model, m.Tau2Method, m.Test, m.Level, m.HeterogeneityBasis);
        json.WriteString("prediction_interval"u8, o.Model.PredictionInterval == PredictionIntervalMethod.HigginsRiley ? "higgins-riley" : "standard");
        json.WriteStartObject("zero_cells"u8);
        json.WriteNumber("increment"u8, o.EffectSizes.ZeroCells.Increment);
        json.WriteString("rule"u8, o.EffectSizes.ZeroCells.Rule.ToString());
        json.WriteBoolean("drop_double_zero"u8, o.EffectSizes.ZeroCells.DropDoubleZero);
        json.WriteEndObject();
        json.WriteString("smd"u8, o.EffectSizes.Smd.ToString());
        json.WriteString("software"u8, Software);
        json.WriteEndObject();
    }

    /// <summary>k, estimate, se, CI, tau², I² and Q of a pooled result (subgroups, leave-one-out rows).</summary>
    internal static void Pooled(Utf8JsonWriter json, MetaAnalysisResult m)
    {
        json.WriteNumber("k"u8, m.K);
        Number(json, "estimate"u8, m.Estimate);
        Number(json, "se"u8, m.StandardError);
        Number(json, "ci_lower"u8, m.CiLower);
        Number(json, "ci_upper"u8, m.CiUpper);
        Number(json, "tau2"u8, m.Tau2);
        Number(json, "i2"u8, m.I2);
        Number(json, "q"u8, m.Q);
    }

    /// <summary>The model settings as <c>model, tau2_method, test, level, heterogeneity_basis</c>.</summary>
    internal static void ModelSettings(Utf8JsonWriter json, EffectModel model, Tau2Method? tau2Method, TestMethod test, double level, HeterogeneityBasis basis)
    {
        json.WriteString("model"u8, model == EffectModel.Random ? "random" : "fixed");
        if (tau2Method is { } t)
        {
            json.WriteString("tau2_method"u8, t.ToString());
        }
        else
        {
            json.WriteNull("tau2_method"u8);
        }

        json.WriteString("test"u8, test == TestMethod.Knha ? "knha" : "z");
        json.WriteNumber("level"u8, level);
        json.WriteString("heterogeneity_basis"u8, basis == HeterogeneityBasis.Q ? "q" : "tau2");
    }

    /// <summary><c>"back_transformed": {estimate, ci_lower, ci_upper, pi_lower, pi_upper}</c>, or null.</summary>
    internal static void BackTransformed(Utf8JsonWriter json, BackTransformed? bt)
    {
        if (bt is null)
        {
            json.WriteNull("back_transformed"u8);
            return;
        }

        json.WriteStartObject("back_transformed"u8);
        Number(json, "estimate"u8, bt.Estimate);
        Number(json, "ci_lower"u8, bt.CiLower);
        Number(json, "ci_upper"u8, bt.CiUpper);
        Number(json, "pi_lower"u8, bt.PiLower);
        Number(json, "pi_upper"u8, bt.PiUpper);
        json.WriteEndObject();
    }

    internal static void Number(Utf8JsonWriter json, ReadOnlySpan<byte> name, double? value)
    {
        json.WritePropertyName(name);
        NumberValue(json, value);
    }

    /// <summary>A number under a name escaped once (the per-study keys: tens of thousands per batch).</summary>
    private static void Number(Utf8JsonWriter json, JsonEncodedText name, double? value)
    {
        json.WritePropertyName(name);
        NumberValue(json, value);
    }

    private static void NumberValue(Utf8JsonWriter json, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            Span<byte> text = stackalloc byte[ShortestDouble.MaxLength];
            json.WriteRawValue(text[..ShortestDouble.Format(v, text)], skipInputValidation: true);
        }
        else
        {
            json.WriteNullValue();
        }
    }

    internal static void Interval(Utf8JsonWriter json, ReadOnlySpan<byte> name, Interval? interval)
    {
        if (interval is { } i)
        {
            json.WriteStartObject(name);
            Number(json, "lower"u8, i.Lower);
            Number(json, "upper"u8, i.Upper);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Test(Utf8JsonWriter json, ReadOnlySpan<byte> name, TestStatistic? test)
    {
        if (test is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        Number(json, "statistic"u8, test.Statistic);
        Number(json, "df"u8, test.Df);
        Number(json, "p_value"u8, test.PValue);
        json.WriteEndObject();
    }

    internal static void Strings(Utf8JsonWriter json, ReadOnlySpan<byte> name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }

        json.WriteEndArray();
    }
}
