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
        json.WriteString("software", "MetaReview");
        json.WriteString("version", AnalysisJsonWriter.SoftwareVersion);
        json.WriteString("title", synthesis.Project.Title);
        json.WriteStartArray("outcomes");
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
        json.WriteString("id", o.Outcome.Id);
        json.WriteString("name", o.Outcome.Name);
        json.WriteString("measure", o.Outcome.Measure.ToString());
        if (o.Participants is { } n)
        {
            json.WriteNumber("participants", n);
        }

        if (o.Problem is { } problem)
        {
            json.WriteString("problem", problem);
        }

        if (o.Analysis is { } analysis)
        {
            json.WritePropertyName("analysis");
            AnalysisJsonWriter.Write(json, analysis);
        }

        json.WriteStartArray("subgroup_analyses");
        foreach (var s in o.Subgroups)
        {
            json.WriteStartObject();
            json.WriteString("variable", s.Characteristic.Id);
            json.WriteStartArray("subgroups");
            foreach (var level in s.Levels)
            {
                var m = level.Analysis.Model;
                json.WriteStartObject();
                json.WriteString("name", level.Value);
                AnalysisJsonWriter.Pooled(json, m);
                json.WriteNumber("q_df", m.QDf);
                AnalysisJsonWriter.Number(json, "q_p", m.QP);
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
        json.WriteStartArray("sensitivity");
        foreach (var s in o.Sensitivity)
        {
            json.WriteStartObject();
            json.WriteString("name", s.Plan.Name);
            json.WriteString("kind", s.Plan.Kind.ToString());
            json.WriteStartArray("omitted");
            foreach (var study in s.Omitted)
            {
                json.WriteStringValue(study);
            }

            json.WriteEndArray();
            if (s.Problem is { } p)
            {
                json.WriteString("problem", p);
            }

            if (s.Analysis is { } a && s.LeaveOneOut.IsEmpty)
            {
                json.WritePropertyName("analysis");
                AnalysisJsonWriter.Write(json, a);
            }

            if (!s.LeaveOneOut.IsEmpty)
            {
                json.WriteStartArray("leave_one_out");
                foreach (var row in s.LeaveOneOut)
                {
                    var m = row.Analysis.Model;
                    json.WriteStartObject();
                    json.WriteString("omitted", row.Omitted);
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
            json.WriteStartObject("grade");
            json.WriteString("start", grade.Start.ToString());
            json.WriteString("certainty", grade.Certainty.ToString());
            json.WriteString("symbols", grade.Certainty.Symbols());
            json.WriteStartArray("domains");
            foreach (var j in grade.Judgements)
            {
                json.WriteStartObject();
                json.WriteString("domain", j.Domain.ToString());
                json.WriteNumber("levels", j.Levels);
                json.WriteString("label", j.Label);
                json.WriteString("reason", j.Reason);
                json.WriteBoolean("reviewers_judgement", j.IsOverride);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        if (o.SummaryOfFindings is { } sof)
        {
            json.WriteStartObject("summary_of_findings");
            json.WriteNumber("studies", sof.Studies);
            AnalysisJsonWriter.Number(json, "participants", sof.Participants);
            Range(json, "relative_effect", sof.RelativeEffect);
            AnalysisJsonWriter.Number(json, "comparator_risk_per_1000", sof.ComparatorRiskPer1000);
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
        AnalysisJsonWriter.Number(json, "estimate", range.Estimate);
        AnalysisJsonWriter.Number(json, "ci_lower", range.Lower);
        AnalysisJsonWriter.Number(json, "ci_upper", range.Upper);
        json.WriteEndObject();
    }
}
