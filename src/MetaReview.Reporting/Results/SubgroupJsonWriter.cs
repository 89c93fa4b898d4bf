using System.Text.Json;
using MetaReview.Statistics.Subgroups;
using static MetaReview.Reporting.Results.AnalysisJsonWriter;

namespace MetaReview.Reporting.Results;

/// <summary>
/// Writes a subgroup analysis into the JSON object of an analysis: <c>subgroup_analysis</c> (column, tau², notes),
/// <c>subgroups</c>, <c>q_between</c> and <c>subgroup_test</c>; keys documented in docs/json-output.md.
/// </summary>
public static class SubgroupJsonWriter
{
    /// <summary>Writes the properties into the object being written.</summary>
    public static void Write(Utf8JsonWriter json, SubgroupOutput output)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(output);
        var r = output.Result;
        json.WriteStartObject("subgroup_analysis"u8);
        json.WriteString("column"u8, output.Column);
        json.WriteString("tau2"u8, r.Tau2 == SubgroupTau2.Common ? "common" : "separate");
        Number(json, "tau2_common"u8, r.Tau2Common);
        Excluded(json, output.Excluded);
        Strings(json, "warnings"u8, [.. r.Notes, .. r.TestNotes]);
        Strings(json, "conventions"u8, r.Conventions);
        json.WriteEndObject();

        json.WriteStartArray("subgroups"u8);
        foreach (var level in r.Levels)
        {
            var m = level.Analysis.Model;
            json.WriteStartObject();
            json.WriteString("name"u8, level.Name);
            Pooled(json, m);
            json.WriteNumber("q_df"u8, m.QDf);
            Number(json, "q_p"u8, m.QP);
            BackTransformed(json, level.Analysis.BackTransformed);

            Strings(json, "studies"u8, level.Analysis.Effects.Studies);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (r.QBetween is { } qb)
        {
            QBetween(json, qb);
        }
        else
        {
            json.WriteNull("q_between"u8);
        }

        if (r.SubgroupTest is { } test)
        {
            SubgroupTest(json, test);
        }
        else
        {
            json.WriteNull("subgroup_test"u8);
        }
    }

    /// <summary>RevMan's test for subgroup differences as <c>"q_between": {q, df, p_value, i2}</c>.</summary>
    internal static void QBetween(Utf8JsonWriter json, QBetween qb)
    {
        json.WriteStartObject("q_between"u8);
        Number(json, "q"u8, qb.Q);
        json.WriteNumber("df"u8, qb.Df);
        Number(json, "p_value"u8, qb.PValue);
        Number(json, "i2"u8, qb.I2);
        json.WriteEndObject();
    }

    /// <summary>The mixed-effects test for subgroup differences as <c>"subgroup_test": {q, df, df_denominator, p_value, tau2_residual}</c>.</summary>
    internal static void SubgroupTest(Utf8JsonWriter json, SubgroupDifferenceTest t)
    {
        json.WriteStartObject("subgroup_test"u8);
        Number(json, "q"u8, t.Q);
        json.WriteNumber("df"u8, t.Df);
        Number(json, "df_denominator"u8, t.DfDenominator);
        Number(json, "p_value"u8, t.PValue);
        Number(json, "tau2_residual"u8, t.Tau2Residual);
        json.WriteEndObject();
    }
}
