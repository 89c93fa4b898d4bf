using System.Text.Json;
using MetaReview.Review.Grade;
using MetaReview.Review.Synthesis;

namespace MetaReview.Reporting.Results;

/// <summary>
/// Writes a whole review's results as <c>results.json</c>: for each outcome its analysis (the same object as
/// <c>metareview analyze --format json</c>), subgroups, sensitivity analyses, GRADE and summary of findings.
/// Keys are documented in docs/json-output.md.
/// </summary>
public static class ReviewResultsJsonWriter
{
    /// <summary>Writes the document.</summary>
    public static void Write(Stream stream, ReviewSynthesis synthesis)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(synthesis);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("software"u8, "MetaReview");
        json.WriteString("version"u8, AnalysisJsonWriter.SoftwareVersion);
        json.WriteString("title"u8, synthesis.Project.Title);
        json.WriteStartArray("outcomes"u8);
        foreach (var o in synthesis.Outcomes)
        {
            Outcome(json, o);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void Outcome(Utf8JsonWriter json, OutcomeSynthesis o)
    {
        json.WriteStartObject();
        json.WriteString("id"u8, o.Outcome.Id);
        json.WriteString("name"u8, o.Outcome.Name);
        json.WriteString("measure"u8, o.Outcome.Measure.ToString());
        if (o.Participants is { } n)
        {
            json.WriteNumber("participants"u8, n);
        }

        if (o.Problem is { } problem)
        {
            json.WriteString("problem"u8, problem);
        }

        if (o.Analysis is { } analysis)
        {
            json.WritePropertyName("analysis");
            AnalysisJsonWriter.Write(json, analysis);
        }

        json.WriteStartArray("subgroup_analyses"u8);
        foreach (var s in o.Subgroups)
        {
            json.WriteStartObject();
            json.WriteString("variable"u8, s.Characteristic.Id);
            json.WriteStartArray("subgroups"u8);
            foreach (var level in s.Levels)
            {
                var m = level.Analysis.Model;
                json.WriteStartObject();
                json.WriteString("name"u8, level.Value);
                AnalysisJsonWriter.Pooled(json, m);
                json.WriteNumber("q_df"u8, m.QDf);
                AnalysisJsonWriter.Number(json, "q_p"u8, m.QP);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (s.QBetween is { } qb)
            {
                SubgroupJsonWriter.QBetween(json, qb);
            }

            if (s.ModeratorTest is { } t)
            {
                SubgroupJsonWriter.SubgroupTest(json, t);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("sensitivity"u8);
        foreach (var s in o.Sensitivity)
        {
            json.WriteStartObject();
            json.WriteString("name"u8, s.Plan.Name);
            json.WriteString("kind"u8, s.Plan.Kind.ToString());
            json.WriteStartArray("omitted"u8);
            foreach (var study in s.Omitted)
            {
                json.WriteStringValue(study);
            }

            json.WriteEndArray();
            if (s.Problem is { } p)
            {
                json.WriteString("problem"u8, p);
            }

            if (s.Analysis is { } a && s.LeaveOneOut.IsEmpty)
            {
                json.WritePropertyName("analysis");
                AnalysisJsonWriter.Write(json, a);
            }

            if (!s.LeaveOneOut.IsEmpty)
            {
                json.WriteStartArray("leave_one_out"u8);
                foreach (var row in s.LeaveOneOut)
                {
                    var m = row.Analysis.Model;
                    json.WriteStartObject();
                    json.WriteString("omitted"u8, row.Omitted);
                    AnalysisJsonWriter.Pooled(json, m);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (o.Grade is { } grade)
        {
            json.WriteStartObject("grade"u8);
            json.WriteString("start"u8, grade.Start.ToString());
            json.WriteString("certainty"u8, grade.Certainty.ToString());
            json.WriteString("symbols"u8, grade.Certainty.Symbols());
            json.WriteStartArray("domains"u8);
            foreach (var j in grade.Judgements)
            {
                json.WriteStartObject();
                json.WriteString("domain"u8, j.Domain.ToString());
                json.WriteNumber("levels"u8, j.Levels);
                json.WriteString("label"u8, j.Label);
                json.WriteString("reason"u8, j.Reason);
                json.WriteBoolean("reviewers_judgement"u8, j.IsOverride);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        if (o.SummaryOfFindings is { } sof)
        {
            json.WriteStartObject("summary_of_findings"u8);
            json.WriteNumber("studies"u8, sof.Studies);
            AnalysisJsonWriter.Number(json, "participants"u8, sof.Participants);
            Range(json, "relative_effect", sof.RelativeEffect);
            AnalysisJsonWriter.Number(json, "comparator_risk_per_1000"u8, sof.ComparatorRiskPer1000);
            Range(json, "intervention_risk_per_1000", sof.InterventionRiskPer1000);
            Range(json, "difference_per_1000", sof.DifferencePer1000);
            Range(json, "mean_difference", sof.MeanDifference);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void Range(Utf8JsonWriter json, string name, EffectRange? range)
    {
        if (range is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        AnalysisJsonWriter.Number(json, "estimate"u8, range.Estimate);
        AnalysisJsonWriter.Number(json, "ci_lower"u8, range.Lower);
        AnalysisJsonWriter.Number(json, "ci_upper"u8, range.Upper);
        json.WriteEndObject();
    }
}
