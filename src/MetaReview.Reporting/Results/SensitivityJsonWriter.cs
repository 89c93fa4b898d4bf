using System.Text.Json;
using MetaReview.Statistics.Models;
using MetaReview.Statistics.Sensitivity;
using static MetaReview.Reporting.Results.AnalysisJsonWriter;

namespace MetaReview.Reporting.Results;

/// <summary>
/// Writes the sensitivity analyses into the JSON object of an analysis: <c>sensitivity</c> (settings and notes),
/// <c>leave_one_out</c>, <c>cumulative</c>, <c>influence</c>, <c>baujat</c>, <c>gosh</c> and <c>restricted</c>, each only
/// when asked for; keys documented in docs/json-output.md.
/// </summary>
public static class SensitivityJsonWriter
{
    /// <summary>Writes the properties into the object being written.</summary>
    public static void Write(Utf8JsonWriter json, SensitivityOutput output)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(output);
        var s = output.Studies;
        json.WriteStartObject("sensitivity"u8);
        if (output.CumulativeOrder is { } order)
        {
            json.WriteString("cumulative_order"u8, order);
        }
        else
        {
            json.WriteNull("cumulative_order"u8);
        }

        Strings(json, "warnings"u8, Warnings(output));
        json.WriteEndObject();

        if (output.LeaveOneOut is { } loo)
        {
            Fits(json, "leave_one_out", "omitted", loo.Fits.Select(f => (s[f.Omitted], (SensitivityFit)f)));
        }

        if (output.Cumulative is { } cumulative)
        {
            Fits(json, "cumulative", "added", cumulative.Steps.Select(f => (s[f.Added], (SensitivityFit)f)));
        }

        if (output.Influence is { } influence)
        {
            Influence(json, influence, s);
        }

        if (output.Baujat is { } baujat)
        {
            json.WriteStartArray("baujat"u8);
            foreach (var p in baujat)
            {
                json.WriteStartObject();
                json.WriteString("study"u8, s[p.Study]);
                Number(json, "x"u8, p.X);
                Number(json, "y"u8, p.Y);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (output.Gosh is { } gosh)
        {
            json.WriteStartObject("gosh"u8);
            json.WriteString("file"u8, gosh.File);
            json.WriteNumber("k"u8, gosh.Summary.StudyCount);
            json.WriteNumber("subsets"u8, gosh.Summary.SubsetCount);
            json.WriteBoolean("exhaustive"u8, gosh.Summary.Exhaustive);
            if (gosh.Summary.Exhaustive)
            {
                json.WriteNull("seed"u8);
            }
            else
            {
                json.WriteNumber("seed"u8, gosh.Summary.Seed);
            }

            json.WriteEndObject();
        }

        if (output.Restricted is { } restricted)
        {
            Restricted(json, restricted, s);
        }
    }

    /// <summary>Every engine note of the sensitivity analyses, each prefixed by the analysis it comes from.</summary>
    internal static IEnumerable<string> Warnings(SensitivityOutput output) =>
    [
        .. (output.LeaveOneOut?.Warnings ?? []).Select(w => $"leave-one-out: {w}"),
        .. (output.Cumulative?.Warnings ?? []).Select(w => $"cumulative: {w}"),
        .. (output.Influence?.Warnings ?? []).Select(w => $"influence: {w}"),
        .. (output.Gosh?.Summary.Warnings ?? []).Select(w => $"GOSH: {w}"),
    ];

    /// <summary>An array of refits, each named by the study left out or added, with k, estimate, se, ci_lower, ci_upper, tau2, i2, q.</summary>
    private static void Fits(Utf8JsonWriter json, string name, string studyKey, IEnumerable<(string Study, SensitivityFit Fit)> rows)
    {
        json.WriteStartArray(name);
        foreach (var (study, f) in rows)
        {
            json.WriteStartObject();
            json.WriteString(studyKey, study);
            json.WriteNumber("k"u8, f.K);
            Number(json, "estimate"u8, f.Estimate);
            Number(json, "se"u8, f.StandardError);
            Number(json, "ci_lower"u8, f.CiLower);
            Number(json, "ci_upper"u8, f.CiUpper);
            Number(json, "tau2"u8, f.Tau2);
            Number(json, "i2"u8, f.I2);
            Number(json, "q"u8, f.Q);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Influence(Utf8JsonWriter json, InfluenceResult influence, IReadOnlyList<string> studies)
    {
        json.WriteStartArray("influence"u8);
        foreach (var r in influence.Studies)
        {
            json.WriteStartObject();
            json.WriteString("study"u8, studies[r.Study]);
            Number(json, "rstudent"u8, r.RStudent);
            Number(json, "dffits"u8, r.Dffits);
            Number(json, "cook_d"u8, r.CookD);
            Number(json, "cov_r"u8, r.CovR);
            Number(json, "tau2_del"u8, r.Tau2Del);
            Number(json, "qe_del"u8, r.QeDel);
            Number(json, "hat"u8, r.Hat);
            Number(json, "weight_percent"u8, r.WeightPercent);
            Number(json, "dfbetas"u8, r.Dfbetas);
            json.WriteBoolean("influential"u8, r.Influential);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Restricted(Utf8JsonWriter json, RestrictedOutput restricted, IReadOnlyList<string> studies)
    {
        var r = restricted.Result;
        json.WriteStartObject("restricted"u8);
        json.WriteString("column"u8, restricted.Column);
        json.WriteString("value"u8, restricted.Value);
        Strings(json, "included"u8, r.Included.Select(i => studies[i]));
        Strings(json, "excluded"u8, r.Excluded.Select(i => studies[i]));
        Model(json, "subset", r.Subset);
        Model(json, "all", r.All);
        Number(json, "difference"u8, r.Difference);
        json.WriteEndObject();
    }

    private static void Model(Utf8JsonWriter json, string name, MetaAnalysisResult m)
    {
        json.WriteStartObject(name);
        Pooled(json, m);
        Number(json, "p_value"u8, m.PValue);
        Number(json, "pi_lower"u8, m.PredictionInterval?.Lower);
        Number(json, "pi_upper"u8, m.PredictionInterval?.Upper);
        json.WriteEndObject();
    }
}
