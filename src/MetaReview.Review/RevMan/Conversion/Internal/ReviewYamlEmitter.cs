using MetaReview.Review.Project;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;

namespace MetaReview.Review.RevMan.Conversion.Internal;

/// <summary>Writes the planned review as review.yaml, in the order and with the keys of docs/review-file.md.</summary>
internal static class ReviewYamlEmitter
{
    public static string Write(string header, string title, StudyDesign design, StudyPlanner studies, OutcomePlanner outcomes, PlannedRiskOfBias? riskOfBias, string source)
    {
        using var text = new StringWriter { NewLine = "\n" };
        var y = new YamlOut(text);
        y.Comment(header);
        y.BeginMapping();
        y.Pair("version", 1);
        y.Pair("title", title);
        Criteria(y, studies.Criteria);
        Characteristics(y, outcomes.Characteristics);
        Studies(y, studies.Studies, design);
        y.Key("analysis");
        y.BeginMapping(flow: true);
        y.Pair("preset", "revman5");
        y.EndMapping();
        Outcomes(y, outcomes.Outcomes, source);
        RiskOfBias(y, riskOfBias);
        y.EndMapping();
        y.End();
        return text.ToString();
    }

    private static void Criteria(YamlOut y, List<PlannedCriterion> criteria)
    {
        if (criteria.Count == 0)
        {
            return;
        }

        y.Key("eligibility");
        y.BeginSequence();
        foreach (var c in criteria)
        {
            y.BeginMapping();
            y.Pair("id", c.Id);
            y.Pair("text", c.Text);
            y.Pair("reason", c.Reason);
            y.EndMapping();
        }

        y.EndSequence();
    }

    private static void Characteristics(YamlOut y, List<PlannedCharacteristic> characteristics)
    {
        if (characteristics.Count == 0)
        {
            return;
        }

        y.Key("characteristics");
        y.BeginSequence();
        foreach (var c in characteristics)
        {
            y.BeginMapping();
            y.Pair("id", c.Id);
            y.Pair("name", c.Name);
            y.TextList("values", c.Values);
            y.EndMapping();
        }

        y.EndSequence();
    }

    private static void Studies(YamlOut y, List<PlannedStudy> studies, StudyDesign design)
    {
        y.Key("studies");
        y.BeginSequence();
        foreach (var s in studies)
        {
            y.BeginMapping();
            y.Pair("id", s.Id);
            y.Pair("label", s.Label);
            y.Pair("citation", s.Citation);
            y.Pair("design", ImportMessages.DesignText(design));
            if (s.Characteristics.Count > 0)
            {
                y.Key("characteristics");
                y.BeginMapping(flow: true);
                foreach (var (key, value) in s.Characteristics)
                {
                    y.Pair(key, value);
                }

                y.EndMapping();
            }

            y.Optional("notes", s.Notes);
            if (s.Status != StudyStatus.Included)
            {
                y.Pair("status", s.Status == StudyStatus.Excluded ? "excluded" : "awaiting-data");
            }

            y.Optional("criterion", s.Criterion);
            y.EndMapping();
        }

        y.EndSequence();
    }

    private static void Outcomes(YamlOut y, List<PlannedOutcome> outcomes, string source)
    {
        y.Key("outcomes");
        y.BeginSequence();
        foreach (var o in outcomes)
        {
            y.BeginMapping();
            y.Pair("id", o.Id);
            y.Pair("name", o.Name);
            y.Pair("type", o.Type);
            y.Pair("measure", o.Measure.ToString());
            y.Pair("direction", o.Direction == OutcomeDirection.HigherIsBetter ? "higher-is-better" : "lower-is-better");
            y.Optional("unit", o.Unit);
            y.Key("analysis");
            y.BeginMapping(flow: true);
            y.Pair("method", o.Method switch { PoolingMethod.MH => "MH", PoolingMethod.Peto => "Peto", _ => "IV" });
            y.Pair("model", o.Model == EffectModel.Random ? "random" : "fixed");
            if (Math.Abs(o.Level - 0.95) > 1e-12)
            {
                y.Pair("level", Math.Round(o.Level * 100, 10));
            }

            if (o.SubgroupCharacteristic is { } characteristic)
            {
                y.TextList("subgroups", [characteristic]);
            }

            y.EndMapping();
            y.Key("data");
            y.BeginSequence();
            foreach (var e in o.Entries)
            {
                Entry(y, e, ImportMessages.EntrySource(source, o.Id));
            }

            y.EndSequence();
            y.EndMapping();
        }

        y.EndSequence();
    }

    private static void Entry(YamlOut y, PlannedEntry e, string source)
    {
        y.BeginMapping();
        y.Pair("study", e.Study.Id);
        if (e.Missing is { } missing)
        {
            y.Pair("missing", missing);
        }
        else
        {
            y.Pair("source", source);
        }

        y.Optional("notes", e.Notes);
        switch (e.Data)
        {
            case BinaryArms b:
                Arm(y, "experimental", ("events", b.EventsE), ("n", b.NE));
                Arm(y, "control", ("events", b.EventsC), ("n", b.NC));
                break;
            case ContinuousArms c:
                Arm(y, "experimental", ("n", c.NE), ("mean", c.MeanE), ("sd", c.SdE));
                Arm(y, "control", ("n", c.NC), ("mean", c.MeanC), ("sd", c.SdC));
                break;
            case GenericData g when e.StandardError is { } se:
                y.Pair("yi", g.Yi);
                y.Pair("se", se);
                break;
            case GenericData g:
                y.Pair("yi", g.Yi);
                y.Pair("vi", g.Vi);
                break;
        }

        y.EndMapping();
    }

    private static void Arm(YamlOut y, string key, params (string Key, double Value)[] values)
    {
        y.Key(key);
        y.BeginMapping(flow: true);
        foreach (var (k, v) in values)
        {
            y.Pair(k, v);
        }

        y.EndMapping();
    }

    private static void RiskOfBias(YamlOut y, PlannedRiskOfBias? rob)
    {
        if (rob is null)
        {
            return;
        }

        y.Key("risk_of_bias");
        y.BeginMapping();
        y.Pair("tool", rob.Tool);
        if (rob.Tool == "custom")
        {
            y.Key("domains");
            y.BeginSequence();
            foreach (var (id, name) in rob.Domains)
            {
                y.BeginMapping(flow: true);
                y.Pair("id", id);
                y.Pair("name", name);
                y.EndMapping();
            }

            y.EndSequence();
        }

        y.Key("assessments");
        y.BeginSequence();
        foreach (var (study, judgements) in rob.Assessments)
        {
            y.BeginMapping();
            y.Pair("study", study.Id);
            y.Key("domains");
            y.BeginMapping();
            foreach (var (domain, judgement, support) in judgements)
            {
                y.Key(domain);
                if (string.IsNullOrWhiteSpace(support))
                {
                    y.Text(judgement.Text());
                    continue;
                }

                y.BeginMapping();
                y.Pair("judgement", judgement.Text());
                y.Pair("support", support.Trim());
                y.EndMapping();
            }

            y.EndMapping();
            y.EndMapping();
        }

        y.EndSequence();
        y.EndMapping();
    }
}
