namespace MetaReview.Records.Prisma;

/// <summary>Records identified in one database or register, e.g. ("PubMed", 1,234).</summary>
/// <param name="Name">The database or register.</param>
/// <param name="Count">Records imported from its exports (before de-duplication).</param>
public sealed record PrismaSource(string Name, int Count);
