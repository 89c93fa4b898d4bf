using MetaReview.Review.Project;

namespace MetaReview.Review.RevMan.Conversion.Internal;

/// <summary>
/// Plans the studies: one per RevMan study (and per study the data name that is missing from the study list), with a
/// review-file id made from its name, its name as label, RevMan's status (awaiting classification and ongoing studies
/// as awaiting data), reasons for exclusion as eligibility criteria, and the characteristics-of-studies text as notes.
/// </summary>
internal sealed class StudyPlanner
{
    private const string ReasonHeading = "Reason for exclusion";
    private const string NoReasonCriterion = "excluded-in-revman";

    private readonly Dictionary<string, PlannedStudy> _byRevManId = new(StringComparer.Ordinal);
    private readonly ProjectIds _ids = new("study");
    private readonly HashSet<string> _labels = new(StringComparer.Ordinal);

    public List<PlannedStudy> Studies { get; } = [];

    public List<PlannedCriterion> Criteria { get; } = [];

    public PlannedStudy? Find(string revManId) => _byRevManId.GetValueOrDefault(revManId);

    public static StudyPlanner Plan(RevManReview review, ImportNotes notes)
    {
        var planner = new StudyPlanner();
        foreach (var study in review.Studies)
        {
            planner.Add(study, notes);
        }

        foreach (var row in review.Outcomes.SelectMany(o => o.AllRows))
        {
            if (planner.Find(row.StudyId) is null)
            {
                var study = planner.Add(new RevManStudy(row.StudyId, row.StudyName, row.Year, RevManStudyStatus.Included), notes);
                notes.Assumed(ImportMessages.StudyPlace(study.Source.Name), ImportMessages.StudyNotListed);
            }
        }

        planner.AddCharacteristics(review, notes);
        planner.AddCriteria(review, notes);
        return planner;
    }

    private PlannedStudy Add(RevManStudy study, ImportNotes notes)
    {
        var status = study.Status switch
        {
            RevManStudyStatus.Included => StudyStatus.Included,
            RevManStudyStatus.Excluded => StudyStatus.Excluded,
            _ => StudyStatus.AwaitingData,
        };
        if (status == StudyStatus.AwaitingData)
        {
            notes.Assumed(ImportMessages.StudyPlace(study.Name), ImportMessages.AwaitingStatus(study.Status));
        }

        var label = study.Name.Trim();
        if (label.Length == 0 || !_labels.Add(label))
        {
            var original = label;
            label = $"{study.Name} {study.Year}".Trim();
            for (var n = 2; !_labels.Add(label); n++)
            {
                label = $"{study.Name} {study.Year} ({n})".Trim();
            }

            notes.Assumed(ImportMessages.StudyPlace(study.Name), ImportMessages.LabelChanged(original, label));
        }

        var planned = new PlannedStudy(study, _ids.Make(study.Name), label, status)
        {
            Notes = status == StudyStatus.AwaitingData ? ImportMessages.StudyStatusNote(study.Status) : null,
        };
        _byRevManId.TryAdd(study.Id, planned);
        Studies.Add(planned);
        return planned;
    }

    private void AddCharacteristics(RevManReview review, ImportNotes notes)
    {
        foreach (var row in review.Characteristics)
        {
            var fields = row.Fields.Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToList();
            if (Find(row.StudyId) is not { } study)
            {
                if (fields.Count > 0)
                {
                    notes.NotImported(ImportMessages.StudyPlace(row.StudyName), ImportMessages.CharacteristicsOfUnknownStudy(Flatten(fields)));
                }

                continue;
            }

            var text = Flatten(fields.Where(f => !(study.Status == StudyStatus.Excluded && IsReason(f.Key))));
            study.Notes = Join(study.Notes, text);
        }

        foreach (var study in Studies.Where(s => !string.IsNullOrWhiteSpace(s.Source.DataSource)))
        {
            study.Notes = Join(study.Notes, ImportMessages.DataSource(study.Source.DataSource!));
        }
    }

    private void AddCriteria(RevManReview review, ImportNotes notes)
    {
        var reasons = new Dictionary<string, PlannedCriterion>(StringComparer.OrdinalIgnoreCase);
        foreach (var study in Studies.Where(s => s.Status == StudyStatus.Excluded))
        {
            var reason = review.Characteristics.FirstOrDefault(c => c.StudyId == study.Source.Id)?[ReasonHeading]?.Trim();
            if (string.IsNullOrEmpty(reason))
            {
                reason = null;
            }

            var key = reason ?? "";
            if (!reasons.TryGetValue(key, out var criterion))
            {
                criterion = reason is null
                    ? new PlannedCriterion(NoReasonCriterion, ImportMessages.NoReasonCriterionText, ImportMessages.NoReasonCriterionReason)
                    : new PlannedCriterion($"exclusion-{reasons.Count(r => r.Key.Length > 0) + 1}", ImportMessages.ReasonCriterionText(reason), reason);
                reasons.Add(key, criterion);
                Criteria.Add(criterion);
            }

            study.Criterion = criterion.Id;
        }

        if (Criteria.Count > 0)
        {
            notes.Assumed(ImportMessages.ReviewPlace, ImportMessages.CriteriaFromReasons(Criteria.Count));
        }
    }

    private static bool IsReason(string heading) => string.Equals(heading, ReasonHeading, StringComparison.OrdinalIgnoreCase);

    private static string Flatten(IEnumerable<KeyValuePair<string, string>> fields) =>
        string.Join("\n", fields.Select(f => $"{f.Key}: {f.Value.Trim()}"));

    private static string? Join(string? a, string b) =>
        string.IsNullOrWhiteSpace(b) ? a : string.IsNullOrWhiteSpace(a) ? b : a + "\n" + b;
}
