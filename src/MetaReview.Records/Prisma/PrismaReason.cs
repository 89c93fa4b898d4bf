namespace MetaReview.Records.Prisma;

/// <summary>Reports excluded at full text for one reason.</summary>
/// <param name="Id">The eligibility criterion's id as the journal gives it, or null for exclusions without a reason.</param>
/// <param name="Reason">What the diagram prints: the criterion's <see cref="Screening.EligibilityCriterion.ExclusionReason"/>, the id when no criterion has it, or "No reason given".</param>
/// <param name="Count">Reports excluded.</param>
public sealed record PrismaReason(string? Id, string Reason, int Count);
