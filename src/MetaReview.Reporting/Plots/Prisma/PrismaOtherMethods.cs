using System.Collections.Immutable;

namespace MetaReview.Reporting.Plots.Prisma;

/// <summary>
/// The right-hand column of the PRISMA 2020 diagram: studies identified by other methods (websites,
/// organisations, citation searching, ...), whose reports go straight to retrieval.
/// </summary>
public sealed record PrismaOtherMethods
{
    /// <summary>Records per source, e.g. ("Websites", 12), ("Citation searching", 30).</summary>
    public required ImmutableArray<SourceCount> Sources { get; init; }

    public required int ReportsSought { get; init; }

    public required int ReportsNotRetrieved { get; init; }

    public required int ReportsAssessed { get; init; }

    public ImmutableArray<ReasonCount> ReportsExcluded { get; init; } = [];
}
