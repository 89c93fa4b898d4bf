using System.Text.Json;
using MetaReview.Statistics.SmallStudy;
using static MetaReview.Reporting.Results.AnalysisJsonWriter;

namespace MetaReview.Reporting.Results;

/// <summary>
/// Writes the tests for small-study effects into the JSON object of an analysis: <c>egger</c>, <c>egger_lm</c>,
/// <c>begg</c>, <c>trimfill</c>, <c>fsn</c>, <c>peters</c>, <c>harbord</c>, <c>pet_peese</c> (null when a test could not
/// run) and <c>small_study_notes</c>; keys documented in docs/json-output.md.
/// </summary>
public static class SmallStudyJsonWriter
{
    /// <summary>Writes the properties into the object being written.</summary>
    public static void Write(Utf8JsonWriter json, SmallStudyOutput output)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(output);
        Regression(json, "egger", output.Egger);
        Regression(json, "egger_lm", output.EggerLm);
        Begg(json, output.Begg);
        TrimFill(json, output.TrimFill);
        Fsn(json, output.Fsn);
        Regression(json, "peters", output.Peters);
        Regression(json, "harbord", output.Harbord);
        PetPeese(json, output.PetPeese);
        Strings(json, "small_study_notes"u8, output.Notes);
    }

    private static void Regression(Utf8JsonWriter json, string name, RegressionTestResult? r)
    {
        if (r is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        RegressionBody(json, r);
        json.WriteEndObject();
    }

    private static void RegressionBody(Utf8JsonWriter json, RegressionTestResult r)
    {
        json.WriteNumber("k"u8, r.K);
        Number(json, "statistic"u8, r.Statistic);
        Number(json, "df"u8, r.Df);
        Number(json, "p_value"u8, r.PValue);
        Number(json, "slope"u8, r.Slope);
        Number(json, "slope_se"u8, r.SlopeStandardError);
        Number(json, "limit_estimate"u8, r.LimitEstimate);
        Number(json, "limit_ci_lower"u8, r.LimitCiLower);
        Number(json, "limit_ci_upper"u8, r.LimitCiUpper);
        Number(json, "tau2"u8, r.Tau2);
        Strings(json, "warnings"u8, r.Warnings);
    }

    private static void Begg(Utf8JsonWriter json, RankCorrelationResult? r)
    {
        if (r is null)
        {
            json.WriteNull("begg"u8);
            return;
        }

        json.WriteStartObject("begg"u8);
        json.WriteNumber("k"u8, r.K);
        Number(json, "tau"u8, r.Tau);
        Number(json, "p_value"u8, r.PValue);
        Number(json, "statistic"u8, r.Statistic);
        json.WriteBoolean("exact"u8, r.Exact);
        Strings(json, "warnings"u8, r.Warnings);
        json.WriteEndObject();
    }

    private static void TrimFill(Utf8JsonWriter json, TrimAndFillResult? r)
    {
        if (r is null)
        {
            json.WriteNull("trimfill"u8);
            return;
        }

        json.WriteStartObject("trimfill"u8);
        json.WriteNumber("k"u8, r.K);
        json.WriteNumber("k0"u8, r.K0);
        Number(json, "k0_se"u8, r.K0StandardError);
        Number(json, "k0_p_value"u8, r.K0PValue);
        json.WriteString("side"u8, r.Side == FunnelSide.Left ? "left" : "right");
        json.WriteBoolean("side_given"u8, r.SideGiven);
        json.WriteString("estimator"u8, r.Estimator.ToString());
        Number(json, "estimate"u8, r.Estimate);
        Number(json, "se"u8, r.StandardError);
        Number(json, "ci_lower"u8, r.CiLower);
        Number(json, "ci_upper"u8, r.CiUpper);
        Number(json, "tau2"u8, r.Tau2);
        json.WriteStartArray("filled"u8);
        foreach (var f in r.Filled)
        {
            json.WriteStartObject();
            Number(json, "yi"u8, f.Yi);
            Number(json, "vi"u8, f.Vi);
            json.WriteNumber("mirror_of"u8, f.MirrorOf);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "warnings"u8, r.Warnings);
        json.WriteEndObject();
    }

    private static void Fsn(Utf8JsonWriter json, FailSafeNResult? r)
    {
        if (r is null)
        {
            json.WriteNull("fsn"u8);
            return;
        }

        json.WriteStartObject("fsn"u8);
        json.WriteNumber("k"u8, r.K);
        json.WriteNumber("rosenthal"u8, r.Rosenthal);
        json.WriteNumber("orwin"u8, r.Orwin);
        json.WriteNumber("rosenberg"u8, r.Rosenberg);
        Number(json, "alpha"u8, r.Alpha);
        Number(json, "rosenthal_p"u8, r.RosenthalP);
        Number(json, "orwin_mean"u8, r.OrwinMean);
        Number(json, "orwin_target"u8, r.OrwinTarget);
        Number(json, "rosenberg_p"u8, r.RosenbergP);
        Strings(json, "warnings"u8, r.Warnings);
        json.WriteEndObject();
    }

    private static void PetPeese(Utf8JsonWriter json, PetPeeseResult? r)
    {
        if (r is null)
        {
            json.WriteNull("pet_peese"u8);
            return;
        }

        json.WriteStartObject("pet_peese"u8);
        json.WriteNumber("k"u8, r.K);
        Number(json, "estimate"u8, r.Estimate);
        Number(json, "se"u8, r.StandardError);
        Number(json, "ci_lower"u8, r.CiLower);
        Number(json, "ci_upper"u8, r.CiUpper);
        json.WriteBoolean("uses_peese"u8, r.UsesPeese);
        json.WriteString("decision"u8, r.Decision == PetPeeseDecision.OneSided ? "one-sided" : "two-sided");
        Number(json, "pet_intercept_statistic"u8, r.PetInterceptStatistic);
        Number(json, "pet_intercept_p_value"u8, r.PetInterceptPValue);
        json.WriteStartObject("pet"u8);
        RegressionBody(json, r.Pet);
        json.WriteEndObject();
        json.WriteStartObject("peese"u8);
        RegressionBody(json, r.Peese);
        json.WriteEndObject();
        Strings(json, "warnings"u8, r.Warnings);
        json.WriteEndObject();
    }
}
