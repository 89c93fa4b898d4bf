using System.Collections.Immutable;
using MetaReview.Reporting.Plots.Prisma;

namespace MetaReview.Reporting.Report.Review;

/// <summary>What the review report needs beyond the synthesis.</summary>
public sealed record ReviewReportOptions
{
    /// <summary>The software and version printed in the methods and the generator line, e.g. "MetaReview 0.1.0".</summary>
    public required string Software { get; init; }

    /// <summary>
    /// The PRISMA 2020 counts from the project's records and screening, or <see langword="null"/> when the project has
    /// none (the flow is then given from the full-text stage, as far as the review file records it).
    /// </summary>
    public PrismaCounts? Prisma { get; init; }

    /// <summary>A date printed under the title, or <see langword="null"/> for none (keeps the report reproducible).</summary>
    public string? Date { get; init; }

    /// <summary>Warnings from loading the review file (printed in the data notes), e.g. "review.yaml:12:5: a value has no source".</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];
}
