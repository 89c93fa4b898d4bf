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
        json.WriteStartObject("metareg");
        json.WriteString("formula", m.Design.Formula.ToString());
        ModelSettings(json, m.Model, m.Tau2Method, m.Test, m.Level, m.HeterogeneityBasis);
        json.WriteNumber("k", m.K);
        json.WriteStartArray("coefficients");
        foreach (var c in m.Coefficients)
        {
            json.WriteStartObject();
            json.WriteString("name", c.Name);
            Number(json, "estimate", c.Estimate);
            Number(json, "se", c.StandardError);
            Number(json, "statistic", c.Statistic);
            Number(json, "p_value", c.PValue);
            Number(json, "ci_lower", c.CiLower);
            Number(json, "ci_upper", c.CiUpper);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Number(json, "df", m.Df);
        Number(json, "qm", m.Qm);
        json.WriteNumber("qm_df", m.QmDf);
        Number(json, "qm_df_denominator", m.QmDfDenominator);
        Number(json, "qm_p", m.QmP);
        Number(json, "qe", m.Qe);
        json.WriteNumber("qe_df", m.QeDf);
        Number(json, "qe_p", m.QeP);
        Number(json, "tau2", m.Tau2);
        Number(json, "tau2_se", m.Tau2Se);
        Interval(json, "tau2_ci", m.Tau2Ci);
        Number(json, "i2", m.I2);
        Interval(json, "i2_ci", m.I2Ci);
        Number(json, "h2", m.H2);
        Interval(json, "h2_ci", m.H2Ci);
        Number(json, "r2", m.R2);
        Tests(json, output);
        Predictions(json, output);
        Permutation(json, output);
        Excluded(json, output.Excluded);
        Strings(json, "warnings", m.Warnings);
        Strings(json, "conventions", m.Conventions);
        json.WriteEndObject();
    }

    private static void Tests(Utf8JsonWriter json, MetaRegressionOutput output)
    {
        json.WriteStartArray("tests");
        foreach (var t in output.Tests)
        {
            json.WriteStartObject();
            Strings(json, "coefficients", t.Coefficients);
            Number(json, "statistic", t.Statistic);
            json.WriteNumber("df", t.Df);
            Number(json, "df_denominator", t.DfDenominator);
            Number(json, "p_value", t.PValue);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Predictions(Utf8JsonWriter json, MetaRegressionOutput output)
    {
        json.WriteStartArray("predictions");
        foreach (var p in output.Predictions)
        {
            json.WriteStartObject();
            json.WriteStartObject("at");
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
            Number(json, "estimate", r.Estimate);
            Number(json, "se", r.StandardError);
            Number(json, "ci_lower", r.CiLower);
            Number(json, "ci_upper", r.CiUpper);
            Number(json, "pi_lower", r.PiLower);
            Number(json, "pi_upper", r.PiUpper);
            BackTransformed(json, p.BackTransform(output.Measure));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Permutation(Utf8JsonWriter json, MetaRegressionOutput output)
    {
        if (output.Permutation is not { } t)
        {
            json.WriteNull("permutation");
            return;
        }

        json.WriteStartObject("permutation");
        json.WriteBoolean("exact", t.Exact);
        json.WriteNumber("permutations", t.Permutations);
        Number(json, "distinct_permutations", t.DistinctPermutations);
        Number(json, "seed", t.Seed);
        Number(json, "qm", t.Qm);
        Number(json, "qm_p", t.QmP);
        json.WriteStartArray("coefficients");
        foreach (var c in t.Coefficients)
        {
            json.WriteStartObject();
            json.WriteString("name", c.Name);
            Number(json, "statistic", c.Statistic);
            Number(json, "p_value", c.PValue);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
