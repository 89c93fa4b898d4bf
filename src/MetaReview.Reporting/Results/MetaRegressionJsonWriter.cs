using System.Globalization;
using System.Text.Json;
using static MetaReview.Reporting.Results.AnalysisJsonWriter;

namespace MetaReview.Reporting.Results;

/// <summary>
/// Writes a meta-regression into the JSON object of an analysis as <c>metareg</c>: coefficients, the omnibus test QM,
/// residual heterogeneity (QE, tau², I², H², R²), tests of chosen coefficients, predictions and the permutation test;
/// keys documented in docs/json-output.md.
/// </summary>
public static class MetaRegressionJsonWriter
{
    /// <summary>Writes the <c>metareg</c> property into the object being written.</summary>
    public static void Write(Utf8JsonWriter json, MetaRegressionOutput output)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(output);
        var m = output.Model;
        json.WriteStartObject("metareg"u8);
        json.WriteString("formula"u8, m.Design.Formula.ToString());
        ModelSettings(json, m.Model, m.Tau2Method, m.Test, m.Level, m.HeterogeneityBasis);
        json.WriteNumber("k"u8, m.K);
        json.WriteStartArray("coefficients"u8);
        foreach (var c in m.Coefficients)
        {
            json.WriteStartObject();
            json.WriteString("name"u8, c.Name);
            Number(json, "estimate"u8, c.Estimate);
            Number(json, "se"u8, c.StandardError);
            Number(json, "statistic"u8, c.Statistic);
            Number(json, "p_value"u8, c.PValue);
            Number(json, "ci_lower"u8, c.CiLower);
            Number(json, "ci_upper"u8, c.CiUpper);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Number(json, "df"u8, m.Df);
        Number(json, "qm"u8, m.Qm);
        json.WriteNumber("qm_df"u8, m.QmDf);
        Number(json, "qm_df_denominator"u8, m.QmDfDenominator);
        Number(json, "qm_p"u8, m.QmP);
        Number(json, "qe"u8, m.Qe);
        json.WriteNumber("qe_df"u8, m.QeDf);
        Number(json, "qe_p"u8, m.QeP);
        Number(json, "tau2"u8, m.Tau2);
        Number(json, "tau2_se"u8, m.Tau2Se);
        Interval(json, "tau2_ci"u8, m.Tau2Ci);
        Number(json, "i2"u8, m.I2);
        Interval(json, "i2_ci"u8, m.I2Ci);
        Number(json, "h2"u8, m.H2);
        Interval(json, "h2_ci"u8, m.H2Ci);
        Number(json, "r2"u8, m.R2);
        Tests(json, output);
        Predictions(json, output);
        Permutation(json, output);
        Excluded(json, output.Excluded);
        Strings(json, "warnings"u8, m.Warnings);
        Strings(json, "conventions"u8, m.Conventions);
        json.WriteEndObject();
    }

    private static void Tests(Utf8JsonWriter json, MetaRegressionOutput output)
    {
        json.WriteStartArray("tests"u8);
        foreach (var t in output.Tests)
        {
            json.WriteStartObject();
            Strings(json, "coefficients"u8, t.Coefficients);
            Number(json, "statistic"u8, t.Statistic);
            json.WriteNumber("df"u8, t.Df);
            Number(json, "df_denominator"u8, t.DfDenominator);
            Number(json, "p_value"u8, t.PValue);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Predictions(Utf8JsonWriter json, MetaRegressionOutput output)
    {
        json.WriteStartArray("predictions"u8);
        foreach (var p in output.Predictions)
        {
            json.WriteStartObject();
            json.WriteStartObject("at"u8);
            foreach (var (name, value) in p.At)
            {
                if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
                {
                    json.WriteNumber(name, number);
                }
                else
                {
                    json.WriteString(name, value);
                }
            }

            json.WriteEndObject();
            var r = p.Prediction;
            Number(json, "estimate"u8, r.Estimate);
            Number(json, "se"u8, r.StandardError);
            Number(json, "ci_lower"u8, r.CiLower);
            Number(json, "ci_upper"u8, r.CiUpper);
            Number(json, "pi_lower"u8, r.PiLower);
            Number(json, "pi_upper"u8, r.PiUpper);
            BackTransformed(json, p.BackTransform(output.Measure));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Permutation(Utf8JsonWriter json, MetaRegressionOutput output)
    {
        if (output.Permutation is not { } t)
        {
            json.WriteNull("permutation"u8);
            return;
        }

        json.WriteStartObject("permutation"u8);
        json.WriteBoolean("exact"u8, t.Exact);
        json.WriteNumber("permutations"u8, t.Permutations);
        Number(json, "distinct_permutations"u8, t.DistinctPermutations);
        Number(json, "seed"u8, t.Seed);
        Number(json, "qm"u8, t.Qm);
        Number(json, "qm_p"u8, t.QmP);
        json.WriteStartArray("coefficients"u8);
        foreach (var c in t.Coefficients)
        {
            json.WriteStartObject();
            json.WriteString("name"u8, c.Name);
            Number(json, "statistic"u8, c.Statistic);
            Number(json, "p_value"u8, c.PValue);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
