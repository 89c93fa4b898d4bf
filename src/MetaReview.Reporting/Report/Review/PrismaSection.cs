using MetaReview.Reporting.Plots.Prisma;
using MetaReview.Reporting.Report.Document;
using MetaReview.Review.Project;

namespace MetaReview.Reporting.Report.Review;

/// <summary>
/// The PRISMA 2020 flow: the diagram when the project's records and screening give every count; otherwise the
/// full-text stage as the review file records it, and a note saying what is missing.
/// </summary>
internal static class PrismaSection
{
    public static IEnumerable<Block> Blocks(ReviewProject project, PrismaCounts? counts)
    {
        yield return new Heading(2, "Study selection (PRISMA 2020)", "prisma");
        if (counts is not null)
        {
            yield return new Figure("prisma", "PRISMA 2020 flow diagram", PrismaFlowDiagram.Create(counts));
            yield break;
        }

        var included = project.IncludedStudies.Count();
        var awaiting = project.StudiesAwaitingData.Count();
        var excluded = project.ExcludedStudies.ToList();
        var rows = new List<TableRow>();
        foreach (var s in project.Searches)
        {
            rows.Add(TableRow.Of($"Records identified from {s.Database} ({s.Date})", s.Records is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "not recorded"));
        }

        rows.Add(TableRow.Of("Reports assessed for eligibility (studies listed in the review file)", project.Studies.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var g in excluded.GroupBy(s => StudiesSection.Reason(project, s)))
        {
            rows.Add(TableRow.Of($"Reports excluded: {g.Key}", g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        rows.Add(TableRow.Of("Studies eligible but awaiting data", awaiting.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        rows.Add(new TableRow(["Studies included in the review (with data for at least one outcome)", included.ToString(System.Globalization.CultureInfo.InvariantCulture)], TableRowKind.Total));
        yield return new Table("Study selection as recorded in the review file", ["Stage", "n"], [.. rows], [], [1]);
        yield return Paragraph.Of("The full PRISMA 2020 flow diagram needs the identification and screening counts, which come from imported search records and the screening journal " +
            "(metareview records import, metareview screen); this project has none, so the flow is given from the full-text stage.", ParagraphKind.Note);
    }
}
