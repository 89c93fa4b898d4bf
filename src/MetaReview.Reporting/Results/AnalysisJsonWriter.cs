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
    /// <summary>The version of MetaReview that produced a result, written into every document.</summary>
    public static string SoftwareVersion { get; } =
        typeof(AnalysisJsonWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

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
            json.WriteString("id", id);
        }

        json.WriteString("measure", o.Measure.ToString());
        json.WriteString("measure_name", Statistics.EffectSizes.EffectMeasureExtensions.DisplayName(o.Measure));
        json.WriteString("scale", Statistics.EffectSizes.EffectMeasureExtensions.IsRatio(o.Measure) ? "log" : "identity");
        json.WriteNumber("k", m.K);
        Number(json, "estimate", m.Estimate);
        Number(json, "se", m.StandardError);
        Number(json, "statistic", m.Statistic);
        Number(json, "df", m.Df);
        Number(json, "p_value", m.PValue);
        Number(json, "ci_lower", m.CiLower);
        Number(json, "ci_upper", m.CiUpper);
        Number(json, "tau2", m.Tau2);
        Number(json, "tau2_se", m.Tau2Se);
        Number(json, "tau", m.Tau);
        Number(json, "i2", m.I2);
        Number(json, "h2", m.H2);
        Number(json, "i2_q", m.I2FromQ);
        Number(json, "h2_q", m.H2FromQ);
        Number(json, "q", m.Q);
        json.WriteNumber("q_df", m.QDf);
        Number(json, "q_p", m.QP);
        Number(json, "pi_lower", m.PredictionInterval?.Lower);
        Number(json, "pi_upper", m.PredictionInterval?.Upper);
        Interval(json, "tau2_ci", m.Tau2Ci);
        Interval(json, "tau_ci", m.TauCi);
        Interval(json, "i2_ci", m.I2Ci);
        Interval(json, "h2_ci", m.H2Ci);
        BackTransformed(json, result.BackTransformed);

        Test(json, "cmh", m.Cmh);
        Test(json, "tarone", m.Tarone);
        WriteStudies(json, result);
        if (m.Convergence is { } c)
        {
            json.WriteStartObject("convergence");
            json.WriteBoolean("converged", c.Converged);
            json.WriteNumber("iterations", c.Iterations);
            json.WriteString("algorithm", c.Algorithm);
            Number(json, "last_change", c.LastChange);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("convergence");
        }

        WriteSettings(json, result);
        Strings(json, "conventions", m.Conventions);
        Strings(json, "warnings", result.Notes);
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
        json.WriteStartArray("studies");
        for (var i = 0; i < e.K; i++)
        {
            json.WriteStartObject();
            json.WriteString("study", e.Studies[i]);
            Number(json, "yi", e.Yi[i]);
            Number(json, "vi", e.Vi[i]);
            Number(json, "weight_percent", result.Model.WeightPercent[i]);
            if (e.Increments[i] != 0)
            {
                Number(json, "continuity_correction", e.Increments[i]);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        Excluded(json, e.Excluded);
    }

    /// <summary>Studies left out, as <c>"excluded": [{study, reason}]</c>.</summary>
    internal static void Excluded(Utf8JsonWriter json, IEnumerable<Statistics.EffectSizes.StudyNote> excluded)
    {
        json.WriteStartArray("excluded");
        foreach (var x in excluded)
        {
            json.WriteStartObject();
            json.WriteString("study", x.Study);
            json.WriteString("reason", x.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteSettings(Utf8JsonWriter json, AnalysisResult result)
    {
        var o = result.Options;
        var m = result.Model;
        json.WriteStartObject("settings");
        json.WriteString("preset", o.Preset);
        json.WriteString("method", m.Method.ToString());
        ModelSettings(json, m.Model, m.Tau2Method, m.Test, m.Level, m.HeterogeneityBasis);
        json.WriteString("prediction_interval", o.Model.PredictionInterval == PredictionIntervalMethod.HigginsRiley ? "higgins-riley" : "standard");
        json.WriteStartObject("zero_cells");
        json.WriteNumber("increment", o.EffectSizes.ZeroCells.Increment);
        json.WriteString("rule", o.EffectSizes.ZeroCells.Rule.ToString());
        json.WriteBoolean("drop_double_zero", o.EffectSizes.ZeroCells.DropDoubleZero);
        json.WriteEndObject();
        json.WriteString("smd", o.EffectSizes.Smd.ToString());
        json.WriteString("software", $"MetaReview {SoftwareVersion}");
        json.WriteEndObject();
    }

    /// <summary>k, estimate, se, CI, tau², I² and Q of a pooled result (subgroups, leave-one-out rows).</summary>
    internal static void Pooled(Utf8JsonWriter json, MetaAnalysisResult m)
    {
        json.WriteNumber("k", m.K);
        Number(json, "estimate", m.Estimate);
        Number(json, "se", m.StandardError);
        Number(json, "ci_lower", m.CiLower);
        Number(json, "ci_upper", m.CiUpper);
        Number(json, "tau2", m.Tau2);
        Number(json, "i2", m.I2);
        Number(json, "q", m.Q);
    }

    /// <summary>The model settings as <c>model, tau2_method, test, level, heterogeneity_basis</c>.</summary>
    internal static void ModelSettings(Utf8JsonWriter json, EffectModel model, Tau2Method? tau2Method, TestMethod test, double level, HeterogeneityBasis basis)
    {
        json.WriteString("model", model == EffectModel.Random ? "random" : "fixed");
        if (tau2Method is { } t)
        {
            json.WriteString("tau2_method", t.ToString());
        }
        else
        {
            json.WriteNull("tau2_method");
        }

        json.WriteString("test", test == TestMethod.Knha ? "knha" : "z");
        json.WriteNumber("level", level);
        json.WriteString("heterogeneity_basis", basis == HeterogeneityBasis.Q ? "q" : "tau2");
    }

    /// <summary><c>"back_transformed": {estimate, ci_lower, ci_upper, pi_lower, pi_upper}</c>, or null.</summary>
    internal static void BackTransformed(Utf8JsonWriter json, BackTransformed? bt)
    {
        if (bt is null)
        {
            json.WriteNull("back_transformed");
            return;
        }

        json.WriteStartObject("back_transformed");
        Number(json, "estimate", bt.Estimate);
        Number(json, "ci_lower", bt.CiLower);
        Number(json, "ci_upper", bt.CiUpper);
        Number(json, "pi_lower", bt.PiLower);
        Number(json, "pi_upper", bt.PiUpper);
        json.WriteEndObject();
    }

    internal static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    internal static void Interval(Utf8JsonWriter json, string name, Interval? interval)
    {
        if (interval is { } i)
        {
            json.WriteStartObject(name);
            Number(json, "lower", i.Lower);
            Number(json, "upper", i.Upper);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Test(Utf8JsonWriter json, string name, TestStatistic? test)
    {
        if (test is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        Number(json, "statistic", test.Statistic);
        Number(json, "df", test.Df);
        Number(json, "p_value", test.PValue);
        json.WriteEndObject();
    }

    internal static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }

        json.WriteEndArray();
    }
}
