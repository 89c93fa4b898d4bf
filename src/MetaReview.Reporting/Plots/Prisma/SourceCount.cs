namespace MetaReview.Reporting.Plots.Prisma;

/// <summary>
/// Records found in one source (a database, a register, websites, citation searching, ...). A null
/// name stands for a total reported without a breakdown.
/// </summary>
public sealed record SourceCount(string? Name, int Count);
