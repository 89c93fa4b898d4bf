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
        Strings(json, "small_study_notes", output.Notes);
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
        json.WriteNumber("k", r.K);
        Number(json, "statistic", r.Statistic);
        Number(json, "df", r.Df);
        Number(json, "p_value", r.PValue);
        Number(json, "slope", r.Slope);
        Number(json, "slope_se", r.SlopeStandardError);
        Number(json, "limit_estimate", r.LimitEstimate);
        Number(json, "limit_ci_lower", r.LimitCiLower);
        Number(json, "limit_ci_upper", r.LimitCiUpper);
        Number(json, "tau2", r.Tau2);
        Strings(json, "warnings", r.Warnings);
    }

    private static void Begg(Utf8JsonWriter json, RankCorrelationResult? r)
    {
        if (r is null)
        {
            json.WriteNull("begg");
            return;
        }

        json.WriteStartObject("begg");
        json.WriteNumber("k", r.K);
        Number(json, "tau", r.Tau);
        Number(json, "p_value", r.PValue);
        Number(json, "statistic", r.Statistic);
        json.WriteBoolean("exact", r.Exact);
        Strings(json, "warnings", r.Warnings);
        json.WriteEndObject();
    }

    private static void TrimFill(Utf8JsonWriter json, TrimAndFillResult? r)
    {
        if (r is null)
        {
            json.WriteNull("trimfill");
            return;
        }

        json.WriteStartObject("trimfill");
        json.WriteNumber("k", r.K);
        json.WriteNumber("k0", r.K0);
        Number(json, "k0_se", r.K0StandardError);
        Number(json, "k0_p_value", r.K0PValue);
        json.WriteString("side", r.Side == FunnelSide.Left ? "left" : "right");
        json.WriteBoolean("side_given", r.SideGiven);
        json.WriteString("estimator", r.Estimator.ToString());
        Number(json, "estimate", r.Estimate);
        Number(json, "se", r.StandardError);
        Number(json, "ci_lower", r.CiLower);
        Number(json, "ci_upper", r.CiUpper);
        Number(json, "tau2", r.Tau2);
        json.WriteStartArray("filled");
        foreach (var f in r.Filled)
        {
            json.WriteStartObject();
            Number(json, "yi", f.Yi);
            Number(json, "vi", f.Vi);
            json.WriteNumber("mirror_of", f.MirrorOf);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "warnings", r.Warnings);
        json.WriteEndObject();
    }

    private static void Fsn(Utf8JsonWriter json, FailSafeNResult? r)
    {
        if (r is null)
        {
            json.WriteNull("fsn");
            return;
        }

        json.WriteStartObject("fsn");
        json.WriteNumber("k", r.K);
        json.WriteNumber("rosenthal", r.Rosenthal);
        json.WriteNumber("orwin", r.Orwin);
        json.WriteNumber("rosenberg", r.Rosenberg);
        Number(json, "alpha", r.Alpha);
        Number(json, "rosenthal_p", r.RosenthalP);
        Number(json, "orwin_mean", r.OrwinMean);
        Number(json, "orwin_target", r.OrwinTarget);
        Number(json, "rosenberg_p", r.RosenbergP);
        Strings(json, "warnings", r.Warnings);
        json.WriteEndObject();
    }

    private static void PetPeese(Utf8JsonWriter json, PetPeeseResult? r)
    {
        if (r is null)
        {
            json.WriteNull("pet_peese");
            return;
        }

        json.WriteStartObject("pet_peese");
        json.WriteNumber("k", r.K);
        Number(json, "estimate", r.Estimate);
        Number(json, "se", r.StandardError);
        Number(json, "ci_lower", r.CiLower);
        Number(json, "ci_upper", r.CiUpper);
        json.WriteBoolean("uses_peese", r.UsesPeese);
        json.WriteString("decision", r.Decision == PetPeeseDecision.OneSided ? "one-sided" : "two-sided");
        Number(json, "pet_intercept_statistic", r.PetInterceptStatistic);
        Number(json, "pet_intercept_p_value", r.PetInterceptPValue);
        json.WriteStartObject("pet");
        RegressionBody(json, r.Pet);
        json.WriteEndObject();
        json.WriteStartObject("peese");
        RegressionBody(json, r.Peese);
        json.WriteEndObject();
        Strings(json, "warnings", r.Warnings);
        json.WriteEndObject();
    }
}
