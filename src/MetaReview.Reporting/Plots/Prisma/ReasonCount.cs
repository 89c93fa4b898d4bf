namespace MetaReview.Reporting.Plots.Prisma;

/// <summary>Reports excluded for one reason, e.g. ("Wrong population", 12).</summary>
public sealed record ReasonCount(string Reason, int Count);
