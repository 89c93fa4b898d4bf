using MetaReview.Reporting.Report.Document;
using MetaReview.Review.Project;

namespace MetaReview.Reporting.Report.Review;

/// <summary>Characteristics of included studies, studies awaiting data, and excluded studies with reasons.</summary>
internal static class StudiesSection
{
    public static IEnumerable<Block> Blocks(ReviewProject project)
    {
        yield return new Heading(2, "Included studies", "studies");
        var included = project.IncludedStudies.ToList();
        var characteristics = project.Characteristics;
        var header = new List<string> { "Study", "Design", "Arms (n randomised)" };
        header.AddRange(characteristics.Select(c => c.Name));
        header.Add("Notes");
        var rows = included.Select(s =>
        {
            var cells = new List<string> { s.Label, Design(s.Design), Arms(s) };
            cells.AddRange(characteristics.Select(c => s.Characteristic(c.Id) ?? "–"));
            cells.Add(string.Join(" ", new[] { s.Countries.IsEmpty ? null : string.Join(", ", s.Countries), s.Funding is null ? null : $"Funding: {s.Funding}.", s.Notes }.Where(t => t is not null)));
            return new TableRow([.. cells]);
        });
        yield return new Table($"Characteristics of included studies ({included.Count})", [.. header], [.. rows],
            [.. included.Select(s => $"{s.Label}: {s.Citation}{(s.Doi is null ? "" : $", doi:{s.Doi}")}")], []);

        var awaiting = project.StudiesAwaitingData.ToList();
        if (awaiting.Count > 0)
        {
            yield return new Table($"Studies awaiting data ({awaiting.Count}): eligible, but their results are not available to the review",
                ["Study", "Design", "Arms (n randomised)", "Why no data"],
                [.. awaiting.Select(s => TableRow.Of(s.Label, Design(s.Design), Arms(s), s.Notes ?? "–"))],
                [.. awaiting.Select(s => $"{s.Label}: {s.Citation}")], []);
        }

        var excluded = project.ExcludedStudies.ToList();
        if (excluded.Count > 0)
        {
            yield return new Table($"Studies excluded after full-text assessment ({excluded.Count})", ["Study", "Reason", "Notes"],
                [.. excluded.Select(s => TableRow.Of(s.Label, Reason(project, s), s.Notes ?? "–"))],
                [.. excluded.Select(s => $"{s.Label}: {s.Citation}")], []);
        }
    }

    public static string Reason(ReviewProject project, ReviewStudy study) =>
        study.ExclusionCriterion is { } id && project.FindCriterion(id) is { } c ? c.Reason ?? c.Text : study.ExclusionCriterion ?? "–";

    private static string Arms(ReviewStudy study) => study.Arms.IsEmpty
        ? "–"
        : string.Join("; ", study.Arms.Select(a => a.NRandomised is { } n ? $"{a.Description} ({n})" : a.Description));

    private static string Design(StudyDesign design) => design switch
    {
        StudyDesign.Rct => "RCT",
        StudyDesign.ClusterRct => "Cluster RCT",
        StudyDesign.CrossoverRct => "Crossover RCT",
        StudyDesign.NonRandomised => "Non-randomised",
        StudyDesign.Cohort => "Cohort",
        StudyDesign.CaseControl => "Case–control",
        _ => "Other",
    };
}
