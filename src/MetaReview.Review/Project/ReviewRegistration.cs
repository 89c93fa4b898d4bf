namespace MetaReview.Review.Project;

/// <summary>Where the review's protocol is registered (PRISMA 2020 item 24a).</summary>
/// <param name="Registry">The registry, e.g. "PROSPERO" or "OSF".</param>
/// <param name="Id">The registration number, e.g. "CRD42023412345".</param>
/// <param name="Url">A link to the record, or <see langword="null"/>.</param>
public sealed record ReviewRegistration(string Registry, string Id, string? Url = null);
