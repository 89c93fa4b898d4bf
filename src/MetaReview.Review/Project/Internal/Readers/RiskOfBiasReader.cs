using System.Collections.Immutable;
using MetaReview.Review.Project.Internal.Yaml;

namespace MetaReview.Review.Project.Internal.Readers;

/// <summary>
/// Reads the risk-of-bias section: the tool (RoB 2, RoB 1, ROBINS-I, or domains the review defines) and the
/// assessments, per study or per result, with every domain judged in the tool's words and an overall
/// judgement at least as severe as the most severe domain (derived by the tool's algorithm when not given).
/// </summary>
internal static class RiskOfBiasReader
{
    private static readonly string[] SectionKeys = ["tool", "domains", "assessments"];
    private static readonly string[] AssessmentKeys = ["study", "outcomes", "tool", "domains", "overall", "support"];
    private static readonly string[] JudgementKeys = ["judgement", "support"];
    private static readonly string[] DomainKeys = ["id", "name"];

    private static readonly (string, RiskOfBiasTool)[] Tools =
        [("rob2", RiskOfBiasTool.Rob2), ("rob1", RiskOfBiasTool.Rob1), ("robins-i", RiskOfBiasTool.RobinsI), ("custom", RiskOfBiasTool.Custom)];

    private static readonly (string, BiasJudgement)[] Judgements =
        [.. Enum.GetValues<BiasJudgement>().Select(j => (j.Text().Replace(' ', '-'), j))];

    public static ImmutableArray<RiskOfBiasAssessment> Read(Fields root, ReviewIds ids)
    {
        var result = ImmutableArray.CreateBuilder<RiskOfBiasAssessment>();
        if (root.Node("risk_of_bias") is not { } node)
        {
            return result.ToImmutable();
        }

        var section = Fields.Of(node, root.Context, "risk_of_bias", "the risk-of-bias section", SectionKeys);
        var tool = section.Has("tool") ? section.Choice("tool", Tools) : null;
        if (!section.Has("tool") && section.Has("assessments"))
        {
            section.Missing("tool", ReviewMessages.ToolSuggestion);
        }

        var custom = CustomScheme(section, tool);
        var seen = new Dictionary<(string Study, string? Outcome), ReviewLocation>();
        foreach (var item in section.Items("assessments"))
        {
            if (Assessment(item, section, tool, custom, ids, seen) is { } assessment)
            {
                result.Add(assessment);
            }
        }

        return result.ToImmutable();
    }

    private static RiskOfBiasScheme? Scheme(RiskOfBiasTool? tool, RiskOfBiasScheme? custom) => tool switch
    {
        RiskOfBiasTool.Rob2 => RiskOfBiasScheme.Rob2,
        RiskOfBiasTool.Rob1 => RiskOfBiasScheme.Rob1,
        RiskOfBiasTool.RobinsI => RiskOfBiasScheme.RobinsI,
        RiskOfBiasTool.Custom => custom,
        _ => null,
    };

    private static RiskOfBiasScheme? CustomScheme(Fields section, RiskOfBiasTool? tool)
    {
        if (tool != RiskOfBiasTool.Custom)
        {
            if (section.Has("domains"))
            {
                section.ErrorAt("domains", ReviewProblemCode.Conflict, ReviewMessages.DomainsOnlyForCustom);
            }

            return null;
        }

        var domains = ImmutableArray.CreateBuilder<RiskOfBiasDomain>();
        foreach (var item in section.Items("domains"))
        {
            var f = Fields.Of(item, section.Context, ReviewMessages.Join("risk_of_bias", Fields.Named("domain", Fields.Peek(item, "id"))), "a domain (id and name)", DomainKeys);
            var id = f.RequiredText("id");
            var name = f.RequiredText("name");
            if (id is null || name is null)
            {
                continue;
            }

            if (domains.Any(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase)))
            {
                f.ErrorAt("id", ReviewProblemCode.DuplicateId, ReviewMessages.DuplicateDomain(id));
                continue;
            }

            domains.Add(new RiskOfBiasDomain(id, name));
        }

        if (domains.Count == 0)
        {
            section.Missing("domains", ReviewMessages.CustomDomainsSuggestion);
            return null;
        }

        return new RiskOfBiasScheme(RiskOfBiasTool.Custom, "Custom", domains.ToImmutable(), RiskOfBiasScheme.CustomJudgements);
    }

    private static RiskOfBiasAssessment? Assessment(Node item, Fields section, RiskOfBiasTool? reviewTool, RiskOfBiasScheme? custom, ReviewIds ids, Dictionary<(string, string?), ReviewLocation> seen)
    {
        var where = Fields.Named("risk of bias of study", Fields.Peek(item, "study"));
        var f = Fields.Of(item, section.Context, where, "an assessment", AssessmentKeys);
        if (!f.IsMapping)
        {
            return null;
        }

        var errors = f.Context.ErrorCount;
        var studyId = f.RequiredText("study");
        var study = studyId is null ? null : ids.Studies.Resolve(studyId, f.LocationOf("study"), "risk_of_bias");
        var outcomes = ImmutableArray.CreateBuilder<string>();
        foreach (var (id, location) in f.TextList("outcomes", allowSingle: true))
        {
            if (ids.Outcomes.Resolve(id, location, where) is not null)
            {
                outcomes.Add(id);
            }
        }

        var tool = f.Has("tool") ? f.Choice("tool", Tools) : reviewTool;
        if (tool == RiskOfBiasTool.Custom && custom is null && f.Has("tool"))
        {
            f.ErrorAt("tool", ReviewProblemCode.MissingField, ReviewMessages.CustomToolNotDefined);
        }

        var scheme = Scheme(tool, custom);
        var domains = scheme is null ? [] : Domains(f, scheme);
        var overall = Overall(f, scheme, domains, out var overallSupport);
        if (study is not null)
        {
            foreach (var outcome in outcomes.Count == 0 ? [null] : outcomes.Select(o => (string?)o))
            {
                if (seen.TryGetValue((study.Id, outcome), out var first))
                {
                    f.ErrorAt("study", ReviewProblemCode.DuplicateId, ReviewMessages.DuplicateAssessment(study.Id, outcome, first));
                }
                else
                {
                    seen.Add((study.Id, outcome), f.Location);
                }
            }
        }

        return study is null || scheme is null || overall is null || f.Context.ErrorCount != errors
            ? null
            : new RiskOfBiasAssessment
            {
                Study = study.Id,
                Outcomes = outcomes.ToImmutable(),
                Scheme = scheme,
                Domains = domains,
                Overall = overall.Value.Judgement,
                IsOverallDerived = overall.Value.Derived,
                Support = overallSupport ?? f.Text("support"),
                Location = f.Location,
            };
    }

    private static ImmutableArray<BiasDomainJudgement> Domains(Fields assessment, RiskOfBiasScheme scheme)
    {
        if (assessment.Node("domains") is not { } node)
        {
            assessment.Missing("domains", ReviewMessages.DomainsSuggestion(scheme));
            return [];
        }

        // A domain written wrongly is most likely one of those not judged: suggest among them.
        var written = node is MappingNode m ? m.Entries.Select(e => e.Name).ToList() : [];
        var unjudged = scheme.Domains.Select(d => d.Id).Where(id => !written.Contains(id)).ToList();
        var f = Fields.Of(node, assessment.Context, ReviewMessages.Join(assessment.Where, "domains"), "the domain judgements", [.. scheme.Domains.Select(d => d.Id)],
            key => unjudged.Count == 1 ? ReviewMessages.DidYouMean(unjudged[0]) : Suggestions.DidYouMean(key, unjudged));
        var judgements = new List<(int Order, BiasDomainJudgement Judgement)>();
        foreach (var entry in f.Entries)
        {
            if (scheme.Domains.FirstOrDefault(d => d.Id == entry.Name) is not { } domain)
            {
                continue;
            }

            var (judgement, support) = Judgement(entry.Value, scheme, ReviewMessages.Join(f.Where, domain.Id), f.Context);
            if (judgement is { } j)
            {
                judgements.Add((scheme.Domains.IndexOf(domain), new BiasDomainJudgement(domain.Id, j, support)));
            }
        }

        var missing = scheme.Domains.Where(d => !f.Entries.Any(e => e.Name == d.Id)).Select(d => d.Id).ToList();
        if (missing.Count > 0 && f.IsMapping)
        {
            f.Error(ReviewProblemCode.MissingField, ReviewMessages.MissingDomains(scheme, missing));
        }

        return [.. judgements.OrderBy(j => j.Order).Select(j => j.Judgement)];
    }

    /// <summary>A judgement written plainly (<c>low</c>) or with its support (<c>{judgement: low, support: "..."}</c>).</summary>
    private static (BiasJudgement? Judgement, string? Support) Judgement(Node node, RiskOfBiasScheme scheme, string where, ReadContext context)
    {
        Fields f;
        string key;
        if (node is ScalarNode scalar)
        {
            // A plain judgement is read as the value of a one-key mapping so that the same checks apply.
            f = Fields.Of(new MappingNode([new MappingEntry(new ScalarNode("judgement", false, scalar.Location), scalar)], scalar.Location), context, where, "a judgement", JudgementKeys);
            key = "judgement";
        }
        else
        {
            f = Fields.Of(node, context, where, "a judgement (a word, or judgement and support)", JudgementKeys);
            key = "judgement";
        }

        if (!f.Has(key))
        {
            f.Missing(key, ReviewMessages.JudgementSuggestion(scheme));
            return (null, null);
        }

        var judgement = f.Choice(key, Judgements);
        if (judgement is { } j && !scheme.Judgements.Contains(j))
        {
            f.ErrorAt(key, ReviewProblemCode.InvalidValue, ReviewMessages.JudgementNotInTool(scheme, j));
            return (null, null);
        }

        return (judgement, f.Text("support"));
    }

    private static (BiasJudgement Judgement, bool Derived)? Overall(Fields f, RiskOfBiasScheme? scheme, ImmutableArray<BiasDomainJudgement> domains, out string? support)
    {
        support = null;
        if (scheme is null || domains.IsEmpty)
        {
            return null;
        }

        var derived = RiskOfBiasScheme.OverallFrom(domains);
        if (f.Node("overall") is not { } node)
        {
            return (derived, true);
        }

        var (given, overallSupport) = Judgement(node, scheme, ReviewMessages.Join(f.Where, "overall"), f.Context);
        support = overallSupport;
        if (given is not { } g)
        {
            return null;
        }

        var worst = domains.Where(d => d.Judgement.Severity() is not null).MaxBy(d => d.Judgement.Severity());
        var tooMild = g.Severity() is { } s ? worst is not null && s < worst.Judgement.Severity() : worst?.Judgement.Severity() >= 2;
        if (tooMild)
        {
            f.ErrorAt("overall", ReviewProblemCode.InconsistentJudgement, ReviewMessages.OverallTooMild(g, worst!), ReviewMessages.OverallSuggestion(derived));
            return null;
        }

        return (g, false);
    }
}
