using MetaReview.Review.Project;

namespace MetaReview.Review.RevMan.Conversion.Internal;

/// <summary>
/// Plans the risk-of-bias section from RevMan's tables (RoB 1 and its RevMan 5.0 form). A domain judged per outcome
/// group becomes one domain per group. The seven domains of RoB 1 (Higgins 2011), when all are there, use the review
/// file's <c>rob1</c> tool; anything else is a <c>custom</c> tool with RevMan's domains. Judgements the review file
/// cannot hold ("not applicable", unrecognised words), and studies not judged in every domain (the review file needs
/// every domain), are left out with a note that keeps them.
/// </summary>
internal static class RiskOfBiasPlanner
{
    private static readonly (string Id, string[] Words)[] Rob1 =
    [
        ("random_sequence", ["sequence generation", "random sequence"]),
        ("allocation_concealment", ["allocation concealment"]),
        ("blinding_participants", ["blinding of participants", "performance bias"]),
        ("blinding_outcome", ["blinding of outcome", "detection bias"]),
        ("incomplete_data", ["incomplete outcome", "attrition bias"]),
        ("selective_reporting", ["selective reporting", "selective outcome", "reporting bias"]),
        ("other", ["other bias", "other sources of bias", "other potential sources"]),
    ];

    private sealed record Column(RevManRiskOfBiasDomain Domain, string? Group)
    {
        public string Name => Group is null ? Domain.Name : $"{Domain.Name} ({Group})";

        public IEnumerable<RevManRiskOfBiasEntry> Entries => Domain.Entries.Where(e => Group is null || e.Group == Group);
    }

    public static PlannedRiskOfBias? Plan(RevManReview review, StudyPlanner studies, ImportNotes notes)
    {
        var columns = new List<Column>();
        foreach (var domain in review.RiskOfBias)
        {
            var groups = domain.Entries.Select(e => e.Group).Distinct().ToList();
            var split = domain.PerOutcomeGroup && groups.Count > 1 ? groups.Select(g => new Column(domain, g ?? "")) : [new Column(domain, null)];
            foreach (var column in split)
            {
                if (Usable(column, studies, notes))
                {
                    columns.Add(column);
                }
            }
        }

        if (columns.Count == 0)
        {
            return null;
        }

        var ids = Rob1Ids(columns) ?? CustomIds(columns);
        var tool = Rob1Ids(columns) is null ? "custom" : "rob1";
        var assessments = new List<(PlannedStudy, List<(string, BiasJudgement, string)>)>();
        foreach (var study in studies.Studies.Where(s => s.Status == StudyStatus.Included))
        {
            var judged = columns.Select((c, i) => (Id: ids[i], Column: c, Entry: c.Entries.FirstOrDefault(e => e.StudyId == study.Source.Id && Judgement(e) is not null))).ToList();
            var have = judged.Where(j => j.Entry is not null).ToList();
            if (have.Count == 0)
            {
                continue;
            }

            if (have.Count < columns.Count)
            {
                var missing = judged.Where(j => j.Entry is null).Select(j => j.Column.Name);
                notes.NotImported(ImportMessages.RiskOfBiasPlace(study.Source.Name),
                    ImportMessages.IncompleteAssessment(missing, have.Select(j => ImportMessages.Judgement(j.Column.Name, j.Entry!.JudgementText, j.Entry.Support))));
                continue;
            }

            assessments.Add((study, [.. have.Select(j => (j.Id, Judgement(j.Entry!)!.Value, j.Entry!.Support))]));
        }

        if (assessments.Count > 0)
        {
            notes.Assumed(ImportMessages.RiskOfBiasPlace(null), ImportMessages.RiskOfBiasTool(tool, columns.Count));
        }

        return assessments.Count == 0 ? null : new PlannedRiskOfBias(tool, [.. columns.Select((c, i) => (ids[i], c.Name))], assessments);
    }

    /// <summary>True when the column has a judgement the review file can hold; notes every judgement it cannot.</summary>
    private static bool Usable(Column column, StudyPlanner studies, ImportNotes notes)
    {
        var place = ImportMessages.RiskOfBiasPlace(null);
        foreach (var word in column.Entries.Where(e => Judgement(e) is null).GroupBy(e => e.JudgementText, StringComparer.Ordinal))
        {
            notes.NotImported(place, ImportMessages.JudgementNotExpressible(column.Name, word.Key, word.Select(e => ImportMessages.StudyWithSupport(e.StudyName, e.Support))));
        }

        foreach (var e in column.Entries.Where(e => Judgement(e) is not null && studies.Find(e.StudyId)?.Status != StudyStatus.Included))
        {
            notes.NotImported(ImportMessages.RiskOfBiasPlace(e.StudyName), ImportMessages.JudgementOfStudyNotIncluded(ImportMessages.Judgement(column.Name, e.JudgementText, e.Support)));
        }

        if (column.Entries.Any(e => Judgement(e) is not null && studies.Find(e.StudyId)?.Status == StudyStatus.Included))
        {
            return true;
        }

        notes.NotImported(place, ImportMessages.DomainWithoutJudgements(column.Name, column.Domain.Description));
        return false;
    }

    private static BiasJudgement? Judgement(RevManRiskOfBiasEntry e) => e.Judgement switch
    {
        RevManBiasJudgement.Low => BiasJudgement.Low,
        RevManBiasJudgement.High => BiasJudgement.High,
        RevManBiasJudgement.Unclear => BiasJudgement.Unclear,
        _ => null,
    };

    /// <summary>The rob1 domain id of each column, when the columns are exactly RoB 1's seven domains.</summary>
    private static List<string>? Rob1Ids(List<Column> columns)
    {
        if (columns.Count != Rob1.Length)
        {
            return null;
        }

        var ids = columns.Select(c => Rob1.Where(d => d.Words.Any(w => c.Domain.Name.Contains(w, StringComparison.OrdinalIgnoreCase))).Select(d => d.Id).ToList()).ToList();
        return ids.All(i => i.Count == 1) && ids.Select(i => i[0]).Distinct().Count() == Rob1.Length ? [.. ids.Select(i => i[0])] : null;
    }

    /// <summary>RevMan's domain ids (e.g. QIT-02), or slugs of the names; a group's column adds its number.</summary>
    private static List<string> CustomIds(List<Column> columns)
    {
        var ids = new ProjectIds("domain");
        return [.. columns.Select(c => ids.Make(c.Group is null ? c.Domain.Id : $"{c.Domain.Id}.{c.Domain.Entries.Select(e => e.Group).Distinct().ToList().IndexOf(c.Group) + 1}"))];
    }
}
