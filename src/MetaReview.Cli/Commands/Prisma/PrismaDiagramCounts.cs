using MetaReview.Records.Prisma;
using MetaReview.Reporting.Plots.Prisma;

namespace MetaReview.Cli.Commands.Prisma;

/// <summary>The counts of a review folder (<see cref="PrismaFlowCounts"/>) as the diagram's <see cref="PrismaCounts"/>.</summary>
internal static class PrismaDiagramCounts
{
    public static PrismaCounts From(PrismaFlowCounts c) => new()
    {
        // The diagram needs a databases box even when nothing was imported from a database.
        Databases = c.Databases.IsEmpty ? [new SourceCount(null, 0)] : [.. c.Databases.Select(s => new SourceCount(s.Name, s.Count))],
        Registers = [.. c.Registers.Select(s => new SourceCount(s.Name, s.Count))],
        DuplicatesRemoved = c.DuplicatesRemoved,
        RecordsScreened = c.RecordsScreened,
        RecordsExcluded = c.RecordsExcluded,
        ReportsSought = c.ReportsSought,
        ReportsNotRetrieved = c.ReportsNotRetrieved,
        ReportsAssessed = c.ReportsAssessed,
        ReportsExcluded = [.. c.ReportsExcluded.Select(r => new ReasonCount(r.Reason, r.Count))],
        StudiesIncluded = c.StudiesIncluded,
        ReportsOfIncludedStudies = c.ReportsOfIncludedStudies,
    };
}
